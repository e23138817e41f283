package io.orderflow.aftersales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.DefectStatistics;
import io.orderflow.aftersales.api.DefectStatistics.Row;
import io.orderflow.aftersales.internal.jpa.ShippedLines;
import io.orderflow.aftersales.internal.jpa.ShippedLines.Shipped;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.RecordCodec;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What after-sales keeps of logistics' shipments and the defect statistics over it, on an in-memory Derby
 * ({@link InMemoryDepartment}) with the shipped migrations and the real unit, in the business zone Asia/Shanghai.
 * Inspections are written in SQL as the return service would write them.
 */
class ShipmentsAndDefectsPersistenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessClock CLOCK = BusinessClock.of(Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"),
            SHANGHAI));
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-after-sales");
    private final RecordCodec codec = new RecordCodec();
    private final ShipmentFollower follower = new ShipmentFollower(derby.jpa(), derby.migrations(),
            derby.transactions(), new AppliedEventsImpl(derby.dataSource(), derby.transactions()), codec, CLOCK);

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private static Dispatched.Item item(int lineNo, String product, int quantity) {
        return new Dispatched.Item(lineNo, product, null, BigDecimal.valueOf(quantity), "pcs");
    }

    private DomainEvent dispatched(String order, String shipment, String day, Dispatched.Item... items) {
        return codec.toEvent(order, LocalDate.parse(day).atTime(9, 0).atZone(SHANGHAI).toInstant(), new Dispatched(
                shipment, "CUST-A", "PO-" + order, ShippingMethod.EXPRESS, LocalDate.parse(day), null, List.of(),
                List.of(items), List.of(new LineProgress(1, items[0].productCode(), BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.ZERO)), OrderStage.SHIPPED, null));
    }

    private DomainEvent signedOff(String order, String shipment, String signedAt) {
        return codec.toEvent(order, Instant.now(), new SignedOff(shipment, "Li Na", signedAt,
                SignOffSource.CUSTOMER_WORD, List.of(), OrderStage.COMPLETED));
    }

    private Map<Integer, Shipped> shipped(String order) {
        return derby.jpa().txExpr(em -> ShippedLines.shipped(em, order));
    }

    private Optional<LocalDate> deliveredOn(String order) {
        return derby.jpa().txExpr(em -> ShippedLines.deliveredOn(em, order));
    }

    @Test
    void dispatchedLinesAreKeptOnceAndTheSignOffDayIsTheBusinessZones() {
        DomainEvent first = dispatched("SO-1", "SH-1", "2026-03-02", item(1, "LED-LAMP", 40), item(2, "BULB", 5));
        follower.onEvent(first);
        follower.onEvent(first); // delivered again: applied once
        follower.onEvent(dispatched("SO-1", "SH-1", "2026-03-02", item(1, "LED-LAMP", 40), item(2, "BULB", 5)));
        follower.onEvent(dispatched("SO-1", "SH-2", "2026-03-05", item(1, "LED-LAMP", 20)));

        Map<Integer, Shipped> lines = shipped("SO-1");
        assertEquals(List.of(1, 2), List.copyOf(lines.keySet()));
        assertEquals("LED-LAMP", lines.get(1).productCode());
        assertEquals(0, new BigDecimal("60").compareTo(lines.get(1).quantity()), "40 + 20, the shipment told twice");
        assertEquals(0, new BigDecimal("5").compareTo(lines.get(2).quantity()));
        assertEquals("CUST-A", lines.get(2).customerId());
        assertEquals(Optional.of(LocalDate.parse("2026-03-05")), deliveredOn("SO-1"), "not signed for: dispatched");

        // 20:30 at UTC-2 is 06:30 the next morning in Shanghai
        follower.onEvent(signedOff("SO-1", "SH-1", "2026-03-06T20:30-02:00"));
        assertEquals(Optional.of(LocalDate.parse("2026-03-07")), deliveredOn("SO-1"),
                "the sign-off counts, though the later shipment is not signed for");
        follower.onEvent(signedOff("SO-1", "SH-2", "2026-03-09T10:00+08:00"));
        assertEquals(Optional.of(LocalDate.parse("2026-03-09")), deliveredOn("SO-1"), "the latest sign-off");

        assertEquals(Map.of(), shipped("SO-2"));
        assertEquals(Optional.empty(), deliveredOn("SO-2"));
    }

    private DefectServiceImpl defects() {
        return new DefectServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(), CLOCK,
                new DefectSettings.Config() {
                    @Override
                    public double flagRate() {
                        return 0.02;
                    }

                    @Override
                    public int minimumShipped() {
                        return 50;
                    }

                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return DefectSettings.Config.class;
                    }
                });
    }

    /** A return of {@code quantity} of a product, {@code received} of it received and {@code inspected} inspected. */
    private void customerReturn(String number, String product, int quantity, int received, int inspected,
                                String requestedAt) throws SQLException {
        insert("INSERT INTO AFTER_SALES.CUSTOMER_RETURN (NUMBER, ORDER_NUMBER, CUSTOMER_ID, STATUS, REASON,"
                + " REMEDY_ASKED, REQUESTED_BY, REQUESTED_AT) VALUES (?, 'SO-1', 'CUST-A', 'RECEIVED',"
                + " 'QUALITY_DEFECT', 'EXCHANGE', 'ann', ?)", number, Timestamp.from(Instant.parse(requestedAt)));
        insert("INSERT INTO AFTER_SALES.RETURN_LINE (RETURN_NUMBER, LINE_NO, PRODUCT_CODE, QUANTITY, RECEIVED,"
                + " INSPECTED, REMEDIED, DONE) VALUES (?, 1, ?, ?, ?, ?, 0, 0)", number, product, quantity, received,
                inspected);
    }

    private void inspection(String number, int id, String product, int quantity, Cause cause, String at)
            throws SQLException {
        insert("INSERT INTO AFTER_SALES.INSPECTION (RETURN_NUMBER, ID, LINE_NO, PRODUCT_CODE, QUANTITY, CAUSE,"
                + " DISPOSITION, INSPECTED_BY, INSPECTED_AT) VALUES (?, ?, 1, ?, ?, ?, 'SCRAP', 'quinn', ?)", number,
                id, product, quantity, cause.name(), Timestamp.from(Instant.parse(at)));
    }

    private void insert(String sql, Object... values) throws SQLException {
        try (Connection c = derby.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    private static Row row(String product, YearMonth month, Cause cause, String returned, String shipped,
                           String rate) {
        return new Row(product, month, cause, new BigDecimal(returned), new BigDecimal(shipped),
                rate == null ? null : new BigDecimal(rate));
    }

    @Test
    void aProductAboveTheRateWithEnoughShippedIsFlaggedInItsMonth() throws SQLException {
        follower.onEvent(dispatched("SO-1", "SH-1", "2026-03-02", item(1, "LED-LAMP", 40), item(2, "BULB", 40)));
        follower.onEvent(dispatched("SO-1", "SH-2", "2026-03-31", item(1, "LED-LAMP", 20)));
        follower.onEvent(dispatched("SO-1", "SH-3", "2026-02-27", item(1, "LED-LAMP", 500)));
        customerReturn("RET-2026-000001", "LED-LAMP", 4, 4, 3, "2026-03-10T02:00:00Z");
        inspection("RET-2026-000001", 1, "LED-LAMP", 2, Cause.COMPANY_QUALITY, "2026-03-12T02:00:00Z");
        // 1 April 01:00 in Shanghai: an April return though still March in UTC
        inspection("RET-2026-000001", 2, "LED-LAMP", 1, Cause.COMPANY_QUALITY, "2026-03-31T17:00:00Z");
        customerReturn("RET-2026-000002", "BULB", 3, 3, 3, "2026-03-11T02:00:00Z");
        inspection("RET-2026-000002", 1, "BULB", 2, Cause.COMPANY_QUALITY, "2026-03-13T02:00:00Z");
        inspection("RET-2026-000002", 2, "BULB", 1, Cause.TRANSIT_DAMAGE, "2026-03-14T02:00:00Z");

        DefectStatistics statistics = defects().defects(MARCH, APRIL);
        assertEquals(List.of(
                row("BULB", MARCH, Cause.COMPANY_QUALITY, "2", "40", "0.0500"),
                row("BULB", MARCH, Cause.TRANSIT_DAMAGE, "1", "40", "0.0250"),
                row("LED-LAMP", MARCH, Cause.COMPANY_QUALITY, "2", "60", "0.0333"),
                row("LED-LAMP", MARCH, null, "1", "60", "0.0167"),
                row("LED-LAMP", APRIL, Cause.COMPANY_QUALITY, "1", "0", null)), statistics.rows(),
                "February's 500 shipped do not count in March; one LED lamp is received and not inspected");
        assertEquals(List.of(row("LED-LAMP", MARCH, Cause.COMPANY_QUALITY, "2", "60", "0.0333")),
                statistics.flagged(), "3.33 % of 60; the bulbs' 5 % is of 40 shipped, too few to tell");

        assertEquals(List.of(), defects().defects(APRIL, APRIL).flagged());
        assertEquals(1, defects().defects(APRIL, APRIL).rows().size());
    }

    @Test
    void aRangeMustRunForwardsOverAtMost36Months() {
        DefectServiceImpl defects = defects();
        assertEquals("to", assertThrows(ValidationException.class, () -> defects.defects(APRIL, MARCH))
                .problems().get(0).field());
        assertEquals("from", assertThrows(ValidationException.class, () -> defects.defects(null, MARCH))
                .problems().get(0).field());
        assertEquals("to", assertThrows(ValidationException.class,
                () -> defects.defects(MARCH, MARCH.plusMonths(36))).problems().get(0).field());
        assertEquals(List.of(), defects.defects(MARCH, MARCH.plusMonths(35)).rows(), "36 months, nothing returned");
    }
}
