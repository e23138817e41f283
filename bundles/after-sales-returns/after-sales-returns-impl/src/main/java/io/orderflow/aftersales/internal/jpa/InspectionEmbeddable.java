package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Disposition;
import java.math.BigDecimal;
import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/** A finding of inspection, with the product the defect statistics count it under. */
@Embeddable
public class InspectionEmbeddable {

    @Column(name = "ID")
    private int id;
    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Enumerated(EnumType.STRING)
    @Column(name = "CAUSE")
    private Cause cause;
    @Enumerated(EnumType.STRING)
    @Column(name = "DISPOSITION")
    private Disposition disposition;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "INSPECTED_BY")
    private String inspectedBy;
    @Column(name = "INSPECTED_AT")
    private Timestamp at;

    protected InspectionEmbeddable() {
    }

    InspectionEmbeddable(int id, String productCode, CustomerReturn.Inspection inspection) {
        this.id = id;
        this.lineNo = inspection.lineNo();
        this.productCode = productCode;
        this.quantity = inspection.quantity();
        this.cause = inspection.cause();
        this.disposition = inspection.disposition();
        this.reason = inspection.reason();
        this.inspectedBy = inspection.inspectedBy();
        this.at = Timestamp.from(inspection.at());
    }

    CustomerReturn.Inspection toInspection() {
        return new CustomerReturn.Inspection(lineNo, quantity, cause, disposition, reason, inspectedBy,
                at.toInstant());
    }
}
