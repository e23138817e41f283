package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.ChangeDraft.LineChange;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class ChangeLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "SPECIFICATION")
    private String specification;

    protected ChangeLineEmbeddable() {
    }

    ChangeLineEmbeddable(LineChange change) {
        lineNo = change.lineNo();
        quantity = change.quantity();
        specification = change.specification();
    }

    int lineNo() {
        return lineNo;
    }

    LineChange toRecord() {
        return new LineChange(lineNo, quantity == null ? null : Amounts.decimal(quantity, 0), specification);
    }
}
