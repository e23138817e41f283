package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.StockMove;
import io.orderflow.warehouse.internal.domain.Quantities;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

@Entity
@Table(schema = "WAREHOUSE", name = "STOCK_MOVE")
public class StockMoveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "MOVE_TYPE")
    private MoveType type;
    @Column(name = "WAREHOUSE_CODE")
    private String warehouseCode;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "REASON")
    private String reason;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "ACTOR")
    private String actor;
    @Column(name = "MOVED_AT")
    private Timestamp movedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(schema = "WAREHOUSE", name = "STOCK_POSTING", joinColumns = @JoinColumn(name = "MOVE_ID"))
    private List<PostingEmbeddable> postings = new ArrayList<>();

    protected StockMoveEntity() {
    }

    StockMoveEntity(MoveType type, String warehouseCode, String productCode, BigDecimal quantity, String reason,
                    String reference, String actor, Instant movedAt) {
        this.type = type;
        this.warehouseCode = warehouseCode;
        this.productCode = productCode;
        this.quantity = quantity;
        this.reason = reason;
        this.reference = reference;
        this.actor = actor;
        this.movedAt = Timestamp.from(movedAt);
    }

    void addPosting(PostingEmbeddable posting) {
        postings.add(posting);
    }

    /** The move with the id the database gave it. */
    public StockMove toRecordAfterFlush(EntityManager em) {
        em.flush();
        return toRecord();
    }

    public StockMove toRecord() {
        return new StockMove(id, type, warehouseCode, productCode, Quantities.normal(quantity), reason, reference, actor,
                movedAt.toInstant());
    }
}
