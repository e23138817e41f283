package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.production.api.event.ProductionDelayed;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * What the sales supervisor follows (docs/business-rules.md §2.6, §2.7 and §6): the follow-up lists, the monthly measures
 * and the monthly archive. Where a rule is about days passing, the test moves the order's timestamps back in the
 * database rather than waiting.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SalesSupervisionTests extends SalesOrderFlowTest {

    /** These tests answer change requests as a planner by hand. */
    @Configuration
    @Override
    public Option[] config() {
        return SalesContainerIT.options();
    }


    private static final String FOLLOW_UP = "/sales-order/follow-up/";

    @Inject
    private EventOutbox outbox;

    private String create(Map<String, Object> order) {
        return orders.create("ann", order).get("number").asText();
    }

    private List<String> listed(String list) {
        Http.Reply reply = http.get(FOLLOW_UP + list, "mia", pw("mia"));
        assertEquals(reply.body(), 200, reply.status());
        List<String> numbers = new ArrayList<>();
        reply.json().forEach(entry -> numbers.add(entry.has("number") ? entry.get("number").asText()
                : entry.get("orderNumber").asText()));
        return numbers;
    }

    private void setTime(String column, String number, Instant at) {
        assertEquals(1, new Db(dataSource).update("UPDATE SALES_ORDER.SALES_ORDER SET " + column + " = ?"
                + " WHERE ORDER_NO = ?", Timestamp.from(at), number));
    }

    @Test
    public void ordersPastTheirConfirmationDeadlineAreListedAsOverdue() {
        String late = create(Orders.ledLamps("PO-FU-LATE"));
        String fresh = create(Orders.ledLamps("PO-FU-FRESH"));
        setTime("CONFIRMATION_DUE_AT", late, Instant.now().minus(Duration.ofMinutes(30)));

        List<String> overdue = listed("overdue-confirmation");
        assertTrue(overdue.contains(late));
        assertFalse("its two hours are not over", overdue.contains(fresh));
        assertEquals(403, http.get(FOLLOW_UP + "overdue-confirmation", "bob", pw("bob")).status());

        orders.confirmPlain(late);
        assertFalse("confirmed, even late, it needs no more following", listed("overdue-confirmation").contains(late));
    }

    @Test
    public void openOrdersWhoseStatusHasNotChangedForSevenDaysAreStaleAndTheDaysAreConfigurable() throws Exception {
        String waiting = create(Orders.ledLamps("PO-FU-WAITING"));
        String cancelled = create(Orders.ledLamps("PO-FU-CANCELLED"));
        assertEquals(200, orders.post("mia", cancelled, "cancel", Map.of("reason", "customer withdrew")).status());
        Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
        setTime("STATUS_CHANGED_AT", waiting, eightDaysAgo);
        setTime("STATUS_CHANGED_AT", cancelled, eightDaysAgo);

        List<String> stale = listed("stale");
        assertTrue(stale.contains(waiting));
        assertFalse("a cancelled order is closed", stale.contains(cancelled));
        String pid = "orderflow.sales-order.follow-up";
        try {
            orders.configure(pid, Map.of("staleDays", "10"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !listed("stale").contains(waiting));
        } finally {
            orders.configure(pid, Map.of("staleDays", "7"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> listed("stale").contains(waiting));
        assertContains(shell().run("mia", pw("mia"), "sales-order:follow-up"),
                waiting + "  CUST-A  PO PO-FU-WAITING  PENDING_CONFIRMATION since");
    }

    @Test
    public void aDelayProductionReportsIsDueForANoticeWithinTwentyFourHours() throws Exception {
        String number = create(Orders.ledLamps("PO-FU-DELAY"));
        orders.confirmPlain(number);
        String promised = LocalDate.now().plusDays(30).toString();
        String expected = LocalDate.now().plusDays(35).toString();
        DomainEvent delayed;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            delayed = outbox.append(c, "PRD-" + number, Instant.now(), new ProductionDelayed(number,
                    LocalDate.parse(promised), LocalDate.parse(expected), "material shortage"));
            c.commit();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> listed("delay-notices-due").contains(number));
        JsonNode notice = null;
        for (JsonNode entry : http.get(FOLLOW_UP + "delay-notices-due", "sam", pw("sam")).json()) {
            notice = entry.get("orderNumber").asText().equals(number) ? entry : notice;
        }
        assertEquals(promised, notice.get("promisedDate").asText());
        assertEquals(expected, notice.get("newDate").asText());
        assertEquals("material shortage", notice.get("reason").asText());
        assertEquals(delayed.occurredAt().plus(Duration.ofHours(24)), Instant.parse(notice.get("noticeDueAt").asText()));
        assertTrue(orders.timelineTypes(number).contains(ProductionDelayed.TYPE));
    }

    private static Instant march2020(int day, int hour, int minute) {
        return LocalDateTime.of(2020, 3, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** Moves an order into March 2020: received, due two hours later, and confirmed after {@code minutes}. */
    private void receivedInMarch2020(String number, int day, Integer confirmedAfterMinutes) {
        setTime("RECEIVED_AT", number, march2020(day, 10, 0));
        setTime("CONFIRMATION_DUE_AT", number, march2020(day, 12, 0));
        if (confirmedAfterMinutes != null) {
            setTime("CONFIRMED_AT", number, march2020(day, 10, 0).plus(Duration.ofMinutes(confirmedAfterMinutes)));
        }
    }

    @Test
    public void theMonthsMeasuresAndArchiveCountWhatHappenedToItsOrders() throws Exception {
        String onTime = create(Orders.order("CUST-A", "PO-MEASURE-ON-TIME", "SMART-LAMP", 5, "180.00"));
        orders.confirmPlain(onTime);
        String revised = create(Orders.ledLamps("PO-MEASURE-REVISED"));
        orders.confirmPlain(revised);
        long change = orders.post("ann", revised, "change-requests", Map.of("lines",
                List.of(Map.of("lineNo", 1, "quantity", 150)), "reason", "50 more")).json().get("id").asLong();
        orders.post("pete", revised, "change-requests/" + change + "/assessment", Map.of("feasible", true,
                "projectedDelivery", LocalDate.now().plusDays(40).toString()));
        assertEquals(200, orders.post("sam", revised, "change-requests/" + change + "/apply", "").status());
        String unconfirmed = create(Orders.order("CUST-B", "PO-MEASURE-PENDING", "LED-LAMP", 10, "25.00"));
        String cancelled = create(Orders.order("CUST-C", "PO-MEASURE-CANCELLED", "SMART-LAMP", 2, "180.00"));
        assertEquals(200, orders.post("mia", cancelled, "cancel", Map.of("reason", "duplicate")).status());
        receivedInMarch2020(onTime, 10, 90);
        receivedInMarch2020(revised, 11, 180);
        receivedInMarch2020(unconfirmed, 12, null);
        receivedInMarch2020(cancelled, 13, null);

        Http.Reply reply = http.get("/sales-order/measures?from=2020-02&to=2020-03", "carol", pw("carol"));
        assertEquals(reply.body(), 200, reply.status());
        JsonNode february = reply.json().get(0);
        assertEquals("2020-02", february.get("month").asText());
        assertEquals(0, february.get("received").asInt());
        assertTrue(february.get("accuracyRate").isNull());
        JsonNode march = reply.json().get(1);
        assertEquals(4, march.get("received").asInt());
        assertEquals("only the revised order was corrected", 3, march.get("notCorrected").asInt());
        assertEquals("0.75", march.get("accuracyRate").asText());
        assertEquals("two confirmed and one overdue; the cancelled one never counts", 3,
                march.get("confirmationsDue").asInt());
        assertEquals(1, march.get("confirmedWithinSla").asInt());
        assertEquals("0.3333", march.get("confirmationSlaRate").asText());
        assertEquals(403, http.get("/sales-order/measures", "ann", pw("ann")).status());
        Http.Reply badMonth = http.get("/sales-order/measures?from=March", "carol", pw("carol"));
        assertEquals(400, badMonth.status());
        assertEquals("from", badMonth.json().at("/problems/0/field").asText());
        assertContains(shell().run("carol", pw("carol"),
                "sales-order:measures --from 2020-03 --to 2020-03"), "2020-03         4       75%                  3      33.33%");

        Http.Reply archive = http.get("/sales-order/archive/2020-03", "text/csv", "carol", pw("carol"));
        assertEquals(archive.body(), 200, archive.status());
        assertContains(archive.raw().headers().firstValue("Content-Type").orElse(""), "text/csv");
        List<String> rows = archive.body().lines().toList();
        assertEquals("productCode,customerId,orderNumber,customerPo,status,revision,receivedAt,confirmedAt,lineNo,"
                + "specification,quantity,unit,unitPrice,currency,lineAmount", rows.get(0));
        assertEquals("grouped by product, then customer", List.of(
                "LED-LAMP,CUST-A," + revised, "LED-LAMP,CUST-B," + unconfirmed,
                "SMART-LAMP,CUST-A," + onTime, "SMART-LAMP,CUST-C," + cancelled),
                rows.subList(1, rows.size()).stream().map(r -> String.join(",", List.of(r.split(",")).subList(0, 3)))
                        .toList());
        assertEquals("revision", "2", rows.get(1).split(",")[5]);
        assertContains(rows.get(1), ",150,");
        assertTrue(rows.get(1), rows.get(1).endsWith(",25.00,CNY,3750.00"));

        assertContains(shell().run("carol", pw("carol"), "sales-order:archive --month 2020-03 archive-2020-03.csv"),
                "Orders received in 2020-03 written to " + Shell.exchangeFolder().resolve("archive-2020-03.csv"));
        assertEquals(archive.body().lines().toList(),
                Files.readAllLines(Shell.exchangeFolder().resolve("archive-2020-03.csv")));
    }

    /**
     * Hostile test finding: the archive was written to any path, into etc/ too, where it became a live configuration.
     * Only a plain name in the exchange folder is written; a link of that name is replaced, not followed.
     */
    @Test
    public void theArchiveIsWrittenOnlyIntoTheExchangeFolder() throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        for (String path : List.of(etc.resolve("orderflow.hostile.cfg").toString(), "../../etc/orderflow.hostile.cfg",
                "/tmp/orderflow-archive.csv")) {
            Exception refused = assertThrows(path, Exception.class,
                    () -> shell().run("carol", pw("carol"), "sales-order:archive --month 2020-03 " + path));
            assertContains(refused.getMessage(), "must be the plain name of a file in the exchange folder");
        }
        assertFalse(Files.exists(etc.resolve("orderflow.hostile.cfg")));
        assertFalse(Files.exists(Path.of("/tmp/orderflow-archive.csv")));

        Path target = Files.writeString(etc.resolveSibling("outside-target.txt"), "untouched");
        Files.createSymbolicLink(Shell.exchangeFolder().resolve("linked.csv"), target);
        shell().run("carol", pw("carol"), "sales-order:archive --month 2020-03 linked.csv");
        assertEquals("untouched", Files.readString(target));
        assertTrue(Files.isRegularFile(Shell.exchangeFolder().resolve("linked.csv"), LinkOption.NOFOLLOW_LINKS));
    }
}
