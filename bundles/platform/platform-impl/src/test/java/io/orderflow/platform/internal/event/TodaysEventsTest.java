package io.orderflow.platform.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.production.api.event.ChangeAssessed;
import io.orderflow.production.api.event.ProductionDelayed;
import io.orderflow.production.api.event.ProductionStarted;
import io.orderflow.production.api.event.QualityPassed;
import io.orderflow.salesorder.api.ChangeStatus;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.event.ChangeAnswered;
import io.orderflow.salesorder.api.event.ChangeRequested;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderReceived;
import io.orderflow.salesorder.api.event.OrderedLine;
import io.orderflow.salesorder.api.event.PrepaymentRecorded;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import io.orderflow.warehouse.api.TransferStatus;
import io.orderflow.warehouse.api.event.OrderFullyReserved;
import io.orderflow.warehouse.api.event.StockReleased;
import io.orderflow.warehouse.api.event.StockReserved;
import io.orderflow.warehouse.api.event.TransferChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outbox rows written before the events were records, with their PAYLOAD exactly as that code wrote it (maps of plain
 * decimal strings, yyyy-MM-dd dates, "" for what is absent), read as the records; and the records write the same
 * keys and values again.
 */
class TodaysEventsTest {

    private static final LocalDate DEC_20 = LocalDate.of(2026, 12, 20);
    private static final LocalDate DEC_27 = LocalDate.of(2026, 12, 27);

    private final EventCodecImpl codec = new EventCodecImpl();

    /** {@code payload} is read from today's row, and written as the same keys and values. */
    private void readsAndWritesAsToday(String type, String payload, EventPayload record) {
        assertEquals(record, codec.payload(OutboxRows.row(type, payload), record.getClass()));
        DomainEvent written = codec.toEvent("SO-2026-000001", Instant.now(), record);
        assertEquals(type, written.type());
        assertEquals(OutboxRows.payload(payload), OutboxRows.payload(EventJson.payload(written)));
    }

    private static OrderedLine line(int lineNo, String product, String specification, String quantity) {
        return new OrderedLine(lineNo, product, specification, new BigDecimal(quantity), "PCS");
    }

    @Test
    void salesOrderEvents() {
        readsAndWritesAsToday(OrderReceived.TYPE, "{'customerId':'CUST-A','customerPo':'PO-1001','channel':'REST',"
                + "'total':'2500.00','currency':'CNY','lines':[{'lineNo':1,'productCode':'LED-LAMP','specification':'',"
                + "'quantity':'100','unit':'PCS'}],'reviewSteps':['sales-assistant','sales-manager'],'type':'',"
                + "'replacementFor':''}",
                new OrderReceived("CUST-A", "PO-1001", Channel.REST, new BigDecimal("2500.00"), "CNY",
                        List.of(line(1, "LED-LAMP", "", "100")), List.of("sales-assistant", "sales-manager")));
        readsAndWritesAsToday(OrderConfirmed.TYPE, "{'customerId':'CUST-A','region':'SOUTH','revision':1,"
                + "'total':'2500.00','currency':'CNY','paymentTerms':'NET30','custom':false,"
                + "'requestedDelivery':'2026-12-20','prepaymentPercent':30,'lines':[{'lineNo':1,"
                + "'productCode':'LED-LAMP','specification':'','quantity':'100','unit':'PCS'},{'lineNo':2,"
                + "'productCode':'SMART-LAMP',"
                + "'specification':'warm white','quantity':'50.5','unit':'PCS'}],'type':'','replacementFor':''}",
                new OrderConfirmed("CUST-A", "SOUTH", 1, new BigDecimal("2500.00"), "CNY", "NET30", false, DEC_20, 30,
                        List.of(line(1, "LED-LAMP", "", "100"), line(2, "SMART-LAMP", "warm white", "50.5"))));
        readsAndWritesAsToday(PrepaymentRecorded.TYPE, "{'amount':'750.00','currency':'CNY','reference':'BANK-1',"
                + "'received':'750.00','satisfied':true}", new PrepaymentRecorded(new BigDecimal("750.00"), "CNY",
                "BANK-1", new BigDecimal("750.00"), true));
        readsAndWritesAsToday(OrderCancelled.TYPE, "{'reason':'duplicate','actor':'mia','previousStatus':'CONFIRMED'}",
                new OrderCancelled("duplicate", "mia", OrderStatus.CONFIRMED));
        readsAndWritesAsToday(PromisedDateChanged.TYPE, "{'oldDate':'2026-12-20','newDate':'2026-12-27',"
                + "'reason':'material shortage','compensation':'','actor':'sam'}",
                new PromisedDateChanged(DEC_20, DEC_27, "material shortage", "", "sam"));
    }

    /** Rows written before sales' events carried the order's type and a replacement's original read both as null. */
    @Test
    void salesOrderEventsWrittenBeforeTheTypeReadItAsAbsent() {
        OrderConfirmed before = codec.payload(OutboxRows.row(OrderConfirmed.TYPE, "{'customerId':'CUST-A',"
                + "'region':'SOUTH','revision':1,'total':'2500.00','currency':'CNY','paymentTerms':'NET30',"
                + "'custom':false,'requestedDelivery':'2026-12-20','prepaymentPercent':30,'lines':[{'lineNo':1,"
                + "'productCode':'LED-LAMP','specification':'','quantity':'100','unit':'PCS'}]}"), OrderConfirmed.class);
        assertEquals(Arrays.asList(null, null), Arrays.asList(before.type(), before.replacementFor()));
        OrderReceived received = codec.payload(OutboxRows.row(OrderReceived.TYPE, "{'customerId':'CUST-A',"
                + "'customerPo':'PO-1001','channel':'REST','total':'2500.00','currency':'CNY','lines':[],"
                + "'reviewSteps':[]}"), OrderReceived.class);
        assertEquals(Arrays.asList(null, null), Arrays.asList(received.type(), received.replacementFor()));

        readsAndWritesAsToday(OrderConfirmed.TYPE, "{'customerId':'CUST-A','region':'SOUTH','revision':1,"
                + "'total':'0.00','currency':'CNY','paymentTerms':'NET30','custom':false,"
                + "'requestedDelivery':'2026-12-20','prepaymentPercent':0,'lines':[],'type':'REPLACEMENT',"
                + "'replacementFor':'SO-2026-000007'}",
                new OrderConfirmed("CUST-A", "SOUTH", 1, new BigDecimal("0.00"), "CNY", "NET30", false, DEC_20, 0,
                        List.of(), "REPLACEMENT", "SO-2026-000007"));
    }

    @Test
    void aChangeRequestWithoutNewDateOrQuantityCarriesEmptyText() {
        readsAndWritesAsToday(ChangeRequested.TYPE, "{'changeId':7,'requestedDelivery':'','lines':[{'lineNo':1,"
                + "'quantity':'','specification':'frosted'},{'lineNo':2,'quantity':'80','specification':''}],"
                + "'reason':'customer asks'}", new ChangeRequested(7, null, List.of(new ChangeRequested.Line(1, null,
                "frosted"), new ChangeRequested.Line(2, new BigDecimal("80"), "")), "customer asks"));
        readsAndWritesAsToday(ChangeAnswered.TYPE, "{'changeId':7,'status':'NOT_FEASIBLE','projectedDelivery':'',"
                + "'remark':'','actor':'system'}",
                new ChangeAnswered(7, ChangeStatus.NOT_FEASIBLE, null, "", "system"));
        readsAndWritesAsToday(ChangeAssessed.TYPE, "{'changeId':7,'feasible':false,'projectedDelivery':'',"
                + "'remark':'not made here: ODD-LAMP'}",
                new ChangeAssessed(7L, false, null, "not made here: ODD-LAMP"));
    }

    @Test
    void productionEvents() {
        readsAndWritesAsToday(ProductionStarted.TYPE, "{'productionOrders':[{'id':3,'lineNo':2,'product':'SMART-LAMP',"
                + "'quantity':'470'}]}", new ProductionStarted(List.of(new ProductionStarted.Order(3, 2, "SMART-LAMP",
                new BigDecimal("470")))));
        readsAndWritesAsToday(ProductionDelayed.TYPE, "{'orderNumber':'SO-2026-000001','oldDate':'2026-12-20',"
                + "'newDate':'2026-12-27','reason':'material shortage'}",
                new ProductionDelayed("SO-2026-000001", DEC_20, DEC_27, "material shortage"));
        readsAndWritesAsToday(QualityPassed.TYPE, "{'productionOrder':3,'lineNo':1,'product':'SMART-LAMP',"
                + "'quantity':'20.5','reference':'PO-3/QC-1','inspector':'quinn'}",
                new QualityPassed(3, 1, "SMART-LAMP", new BigDecimal("20.5"), "PO-3/QC-1", "quinn"));
    }

    @Test
    void warehouseEvents() {
        readsAndWritesAsToday(StockReserved.TYPE, "{'revision':2,'fullyReserved':false,'lines':[{'lineNo':1,"
                + "'productCode':'LED-LAMP','specification':'','ordered':'100','reserved':'70','missing':'30',"
                + "'allocations':[{'quantity':'70','warehouse':'WH-S'}]}]}", new StockReserved(2, false, List.of(
                new StockReserved.Line(1, "LED-LAMP", "", new BigDecimal("100"), new BigDecimal("70"),
                        new BigDecimal("30"), List.of(new StockReserved.Allocation("WH-S", new BigDecimal("70")))))));
        readsAndWritesAsToday(OrderFullyReserved.TYPE, "{'warehouses':['WH-N','WH-S']}",
                new OrderFullyReserved(List.of("WH-N", "WH-S")));
        readsAndWritesAsToday(StockReleased.TYPE, "{'lines':[{'released':'70','lineNo':1,'productCode':'LED-LAMP'}],"
                + "'reason':''}", new StockReleased("", List.of(new StockReleased.Line(1, "LED-LAMP",
                new BigDecimal("70")))));
        readsAndWritesAsToday(TransferChanged.type(TransferStatus.SHIPPED), "{'product':'LED-LAMP','from':'WH-N',"
                + "'to':'WH-S','quantity':'40','status':'SHIPPED','actor':'wendy','remark':'','expectedArrival':"
                + "'2026-12-20'}", new TransferChanged("LED-LAMP", "WH-N", "WH-S", new BigDecimal("40"),
                TransferStatus.SHIPPED, "wendy", "", DEC_20));
    }

    @Test
    void keysOlderRowsLackReadAsNull() {
        TransferChanged proposed = codec.payload(OutboxRows.row(TransferChanged.type(TransferStatus.PROPOSED),
                "{'product':'LED-LAMP','from':'WH-N','to':'WH-S','quantity':'40','status':'PROPOSED','actor':'wendy',"
                        + "'remark':''}"), TransferChanged.class);
        assertNull(proposed.expectedArrival());
        assertEquals(TransferStatus.PROPOSED, proposed.status());
        OrderConfirmed confirmed = codec.payload(OutboxRows.row(OrderConfirmed.TYPE, "{'region':'SOUTH','lines':[{"
                + "'lineNo':1,'productCode':'LED-LAMP','quantity':'100'}]}"), OrderConfirmed.class);
        assertNull(confirmed.revision());
        assertNull(confirmed.requestedDelivery());
        assertEquals(List.of(new OrderedLine(1, "LED-LAMP", null, new BigDecimal("100"), null)), confirmed.lines());
    }

    @Test
    void whatASubscriberCannotDoWithoutIsRequiredAsRequiredTextDidIt() {
        DomainEvent noReason = OutboxRows.row(ProductionDelayed.TYPE, "{'orderNumber':'SO-2026-000001',"
                + "'oldDate':'2026-12-20','newDate':'2026-12-27','reason':' '}");
        assertEquals(ProductionDelayed.TYPE + " " + noReason.id() + " has no reason", assertThrows(
                IllegalArgumentException.class, () -> codec.payload(noReason, ProductionDelayed.class)).getMessage());
        DomainEvent noRegion = OutboxRows.row(OrderConfirmed.TYPE, "{'customerId':'CUST-A','lines':[]}");
        assertEquals(OrderConfirmed.TYPE + " " + noRegion.id() + " has no region", assertThrows(
                IllegalArgumentException.class, () -> codec.payload(noRegion, OrderConfirmed.class)).getMessage());
        DomainEvent noInspector = OutboxRows.row(QualityPassed.TYPE, "{'productionOrder':3,'lineNo':1,"
                + "'product':'SMART-LAMP','quantity':'20','reference':'PO-3/QC-1'}");
        assertEquals(QualityPassed.TYPE + " " + noInspector.id() + " has no inspector", assertThrows(
                IllegalArgumentException.class, () -> codec.payload(noInspector, QualityPassed.class)).getMessage());
    }
}
