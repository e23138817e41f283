package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderRevision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** An earlier revision of an order, kept as it was when a change replaced it. */
@Entity
@Table(schema = "SALES_ORDER", name = "ORDER_REVISION")
public class OrderRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Column(name = "REVISION")
    private int revision;
    @Column(name = "SINCE")
    private Instant since;
    @Column(name = "CHANGE_ID")
    private Long changeId;
    @Column(name = "REQUESTED_DELIVERY")
    private LocalDate requestedDelivery;
    @Column(name = "TOTAL_AMOUNT")
    private BigDecimal totalAmount;
    @Column(name = "CURRENCY")
    private String currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "SALES_ORDER", name = "ORDER_REVISION_LINE", joinColumns = @JoinColumn(name = "REVISION_ID"))
    private List<OrderLineEmbeddable> lines = new ArrayList<>();

    protected OrderRevisionEntity() {
    }

    OrderRevisionEntity(String orderNumber, OrderRevision revision) {
        this.orderNumber = orderNumber;
        this.revision = revision.revision();
        this.since = revision.since();
        this.changeId = revision.changeRequestId();
        this.requestedDelivery = revision.requestedDelivery();
        this.totalAmount = revision.total().amount();
        this.currency = revision.total().currency();
        revision.lines().forEach(line -> lines.add(new OrderLineEmbeddable(line)));
    }

    public OrderRevision toRecord() {
        List<OrderLine> lineRecords = lines.stream().sorted(Comparator.comparingInt(OrderLineEmbeddable::lineNo))
                .map(OrderLineEmbeddable::toRecord).toList();
        return new OrderRevision(revision, since, changeId, requestedDelivery, lineRecords, Amounts.money(totalAmount, currency));
    }
}
