package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static io.orderflow.itests.Shipping.agreedFreight;
import static io.orderflow.itests.Shipping.draft;
import static io.orderflow.itests.Shipping.line;
import static io.orderflow.itests.Shipping.parcel;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.logistics.api.event.BackorderClosed;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.InstallationAccepted;
import io.orderflow.logistics.api.event.SignedOff;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Logistics (docs/business-rules.md §8) in the real distribution: worked examples G (a vehicle of its own, booked at
 * least three days ahead, the driver's sign-off completing the order) and H (express, "about 3 days", the customer's
 * sign-off), a partial shipment with its backorder shipped later, a partial shipment with the rest closed, an
 * installation, the refusals, the delivery note, the lists and the on-time measure, and the logistics implementation
 * updated between creating a shipment and dispatching it. Each order ships stock the test receives for it first.
 * Users: lena ({@code logistics}), fritz ({@code fleet}); the shipment release is the test bundle's (rule
 * {@code test}: prepaid orders wait, others go).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LogisticsTests extends SalesOrderFlowTest {

    private static final String LOGISTICS = Shipping.PREFIX;
    private static final Duration SETTLED = Duration.ofSeconds(30);

    @Inject
    private BundleContext context;

    private final WarehouseApi warehouse = new WarehouseApi(http);
    private final Shipping shipping = new Shipping(http, orders, warehouse);

    @Configuration
    @Override
    public Option[] config() {
        return EventsContainerIT.options();
    }

    @Test
    public void workedExampleGTravelsByAVehicleOfItsOwnBookedThreeDaysAheadAndTheDriversSignOffCompletesIt() {
        String number = shipping.awaitingShipment("CUST-G", "PO-G-1", "WH-SOUTH", 480, "25.00", false);
        long onHandBefore = warehouse.onHand("LED-LAMP", "WH-SOUTH");

        JsonNode shipment = shipping.create(number, List.of(line(1, 480)), null, agreedFreight("300.00"));
        assertEquals("12,000 CNY is over the 10,000 threshold", "DEDICATED_VEHICLE", shipment.get("method").asText());
        assertEquals("PLANNED", shipment.get("status").asText());
        assertEquals("on credit (NET60), within its limit", "CREDIT_WITHIN_LIMIT",
                shipment.get("releaseRule").asText());
        assertEquals("AGREED", shipment.at("/freight/terms").asText());
        assertEquals("300.00", shipment.at("/freight/amount/amount").asText());
        String id = shipment.get("id").asText();

        Http.Reply early = shipping.dispatch(id, List.of());
        assertEquals(early.body(), 409, early.status());
        assertTrue(early.body(), early.body().contains("books its trip"));
        assertTrue(ids(http.get(LOGISTICS + "/trips/to-book", "fritz", pw("fritz")).json()).contains(id));

        LocalDate today = LocalDate.now();
        assertEquals(403, bookTrip("lena", id, today.plusDays(3), today.plusDays(4)).status());
        Http.Reply twoDays = bookTrip("fritz", id, today.plusDays(2), today.plusDays(3));
        assertEquals(twoDays.body(), 400, twoDays.status());
        assertEquals("departure", twoDays.json().at("/problems/0/field").asText());
        assertTrue(twoDays.body(), twoDays.body().contains("at least 3 days before its departure"));
        Http.Reply threeDays = bookTrip("fritz", id, today.plusDays(3), today.plusDays(4));
        assertEquals(threeDays.body(), 200, threeDays.status());
        assertEquals("TRUCK-7", threeDays.json().at("/trip/vehicle").asText());
        assertFalse(ids(http.get(LOGISTICS + "/trips/to-book", "fritz", pw("fritz")).json()).contains(id));

        JsonNode dispatched = shipping.dispatched(id, List.of());
        assertEquals("DISPATCHED", dispatched.get("status").asText());
        assertEquals("the booked arrival", today.plusDays(4).toString(), dispatched.get("estimatedArrival").asText());
        assertEquals("OWN-VEHICLE", dispatched.at("/packages/0/carrier").asText());
        assertEquals("the stock left the warehouse once", onHandBefore - 480,
                warehouse.onHand("LED-LAMP", "WH-SOUTH"));
        assertEquals(409, shipping.dispatch(id, List.of()).status());
        shipping.awaitStatus(number, "SHIPPED");
        assertEquals("a dispatched order changes only through returns", 409,
                orders.post("mia", number, "cancel", Map.of("reason", "too late")).status());

        assertEquals("express had no driver of ours; here lena is not fleet", 403,
                shipping.signOff("lena", id, "Huang Min", "DRIVER").status());
        JsonNode signed = shipping.signedOff("fritz", id, "Huang Min", "DRIVER");
        assertEquals("SIGNED_OFF", signed.get("status").asText());
        assertEquals("Huang Min", signed.at("/signOff/signer").asText());
        assertEquals("fritz", signed.at("/signOff/recordedBy").asText());
        assertTrue("the offset given is kept", signed.at("/signOff/signedAt").asText().endsWith("+08:00"));
        shipping.awaitStatus(number, "COMPLETED");
        assertTrue(orders.timelineTypes(number).containsAll(List.of(Dispatched.TYPE, SignedOff.TYPE)));
        assertEquals(409, shipping.signOff("fritz", id, "Huang Min", "DRIVER").status());
    }

    @Test
    public void workedExampleHGoesByExpressArrivesInAboutThreeDaysAndTheCustomersSignOffCompletesIt() {
        String number = shipping.awaitingShipment("CUST-H", "PO-H-1", "WH-EAST", 100, "25.00", false);
        JsonNode shipment = shipping.create(number, List.of(line(1, 100)), null, Map.of("terms", "COMPANY"));
        assertEquals("EXPRESS", shipment.get("method").asText());
        assertEquals("on credit (NET30), within its limit", "CREDIT_WITHIN_LIMIT",
                shipment.get("releaseRule").asText());
        String id = shipment.get("id").asText();

        Http.Reply noPackage = shipping.dispatch(id, List.of());
        assertEquals(noPackage.body(), 400, noPackage.status());
        assertEquals("packages", noPackage.json().at("/problems/0/field").asText());
        JsonNode dispatched = shipping.dispatched(id, List.of(parcel("SF-EXPRESS", "SF100200300"),
                parcel("SF-EXPRESS", "SF100200301")));
        assertEquals("about 3 days", LocalDate.now().plusDays(3).toString(),
                dispatched.get("estimatedArrival").asText());
        assertEquals(2, dispatched.get("packages").size());
        shipping.awaitStatus(number, "SHIPPED");

        Http.Reply note = http.get(LOGISTICS + "/shipments/" + id + "/delivery-note", "text/html", "bob", pw("bob"));
        assertEquals(note.body(), 200, note.status());
        assertTrue(note.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String expected : List.of("Delivery note " + id, number, "LED-LAMP", "100 PCS", "SF100200301", "EXPRESS")) {
            assertTrue(expected + " in " + note.body(), note.body().contains(expected));
        }

        assertEquals("fleet records a driver's sign-off, not the customer's word", 403,
                shipping.signOff("fritz", id, "Zhou Xin", "CUSTOMER_WORD").status());
        assertEquals("express had no driver of ours", 409, shipping.signOff("fritz", id, "Zhou Xin", "DRIVER").status());
        Http.Reply noOffset = http.post(LOGISTICS + "/shipments/" + id + "/sign-off", Http.json(Map.of("signer",
                "Zhou Xin", "signedAt", "2026-12-08T15:30:00", "source", "CUSTOMER_WORD")), "lena", pw("lena"));
        assertEquals("a time without its offset is refused, not read in some zone", 400, noOffset.status());
        shipping.signedOff("lena", id, "Zhou Xin", "CUSTOMER_WORD");
        shipping.awaitStatus(number, "COMPLETED");

        JsonNode onTime = http.get(LOGISTICS + "/measures/on-time?month=" + YearMonth.now(), "mia", pw("mia")).json();
        assertTrue(onTime.toString(), onTime.get("delivered").asInt() >= 1);
        assertFalse("promised in 40 days, delivered today", onTime.get("lateOrders").toString().contains(number));

        // invoiced at dispatch, and paid: nothing is open on the order any more
        Payments payments = new Payments(http);
        await("invoiced").atMost(Duration.ofSeconds(30)).until(() -> http.get("/finance/invoices?order=" + number,
                "fred", pw("fred")).json().size() == 1);
        String invoice = http.get("/finance/invoices?order=" + number, "fred", pw("fred")).json().get(0)
                .get("number").asText();
        payments.verified("CUST-H", "2500.00", invoice, "2500.00");
        assertEquals(0, new BigDecimal(payments.settlement(number).get("open").asText()).signum());
    }

    @Test
    public void aPartialShipmentLeavesABackorderThatASecondShipmentClearsWhileTheImplementationIsUpdated()
            throws Exception {
        String number = shipping.awaitingShipment("CUST-A", "PO-PART-1", "WH-SOUTH", 100, "25.00", false);
        String first = shipping.create(number, List.of(line(1, 60)), null, Map.of("terms", "COMPANY"))
                .get("id").asText();
        shipping.dispatched(first, List.of(parcel("SF-EXPRESS", "SF-P1")));
        JsonNode progress = http.get(LOGISTICS + "/orders/" + number, "bob", pw("bob")).json();
        assertEquals("OPEN", progress.get("stage").asText());
        assertEquals(60, progress.at("/lines/0/shipped").asInt());
        assertEquals(40, progress.at("/lines/0/open").asInt());
        assertTrue(http.get(LOGISTICS + "/backorders", "bob", pw("bob")).body().contains(number));
        assertTrue(shell().run("lena", pw("lena"), "logistics:backorders").contains(number));
        assertTrue(orders.timelineTypes(number).contains(Dispatched.TYPE));
        assertEquals("partly shipped, it still awaits shipment", "AWAITING_SHIPMENT",
                orders.get(number).get("status").asText());

        Http.Reply tooMuch = http.post(LOGISTICS + "/shipments", Http.json(draft(number, List.of(line(1, 50)), null,
                Map.of("terms", "COMPANY"))), "lena", pw("lena"));
        assertEquals(tooMuch.body(), 400, tooMuch.status());
        assertEquals("lines[0].quantity", tooMuch.json().at("/problems/0/field").asText());
        String second = shipping.create(number, List.of(line(1, 40)), null, Map.of("terms", "COMPANY"))
                .get("id").asText();

        updateLogisticsImplementation();
        shipping.dispatched(second, List.of(parcel("SF-EXPRESS", "SF-P2")));
        shipping.awaitStatus(number, "SHIPPED");
        assertFalse(http.get(LOGISTICS + "/backorders", "bob", pw("bob")).body().contains(number));

        shipping.signedOff("lena", first, "Li Na", "CUSTOMER_WORD");
        assertEquals("one shipment is still to be signed for", "SHIPPED", orders.get(number).get("status").asText());
        shipping.signedOff("lena", second, "Li Na", "CUSTOMER_WORD");
        shipping.awaitStatus(number, "COMPLETED");
    }

    @Test
    public void aPartialShipmentWithTheRestClosedShipsTheOrderAndGivesTheReservationBack() {
        String number = shipping.awaitingShipment("CUST-A", "PO-PART-2", "WH-SOUTH", 100, "25.00", false);
        Http.Reply noReason = http.post(LOGISTICS + "/shipments", Http.json(draft(number, List.of(line(1, 70)),
                "CANCEL_REST", Map.of("terms", "COMPANY"))), "lena", pw("lena"));
        assertEquals(noReason.body(), 400, noReason.status());
        assertEquals("restReason", noReason.json().at("/problems/0/field").asText());

        Map<String, Object> closing = draft(number, List.of(line(1, 70)), "CANCEL_REST", Map.of("terms", "COMPANY"));
        closing.put("restReason", "the customer takes the rest from its own stock");
        Http.Reply created = http.post(LOGISTICS + "/shipments", Http.json(closing), "lena", pw("lena"));
        assertEquals(created.body(), 201, created.status());
        await().atMost(SETTLED).until(() -> warehouse.reservationOnceMade(number).at("/lines/0/reserved").asInt() == 70);
        JsonNode reservation = warehouse.reservationOnceMade(number);
        assertEquals("the closed 30 are no longer wanted", 0, reservation.at("/lines/0/missing").asInt());

        shipping.dispatched(created.json().get("id").asText(), List.of(parcel("SF-EXPRESS", "SF-C1")));
        shipping.awaitStatus(number, "SHIPPED");
        JsonNode progress = http.get(LOGISTICS + "/orders/" + number, "bob", pw("bob")).json();
        assertEquals(70, progress.at("/lines/0/shipped").asInt());
        assertEquals(30, progress.at("/lines/0/closed").asInt());
        assertEquals("SHIPPED", progress.get("stage").asText());
        assertTrue(orders.timelineTypes(number).contains(BackorderClosed.TYPE));
        assertEquals(409, http.post(LOGISTICS + "/orders/" + number + "/backorder/close",
                Http.json(Map.of("reason", "again")), "lena", pw("lena")).status());
    }

    @Test
    public void anOrderWithInstallationCompletesWithTheCustomersAcceptance() {
        String number = shipping.awaitingShipment("CUST-A", "PO-INST-1", "WH-SOUTH", 20, "25.00", true);
        String id = shipping.create(number, List.of(line(1, 20)), null, Map.of("terms", "COMPANY")).get("id").asText();
        shipping.dispatched(id, List.of(parcel("SF-EXPRESS", "SF-I1")));
        assertEquals("installation opens once everything is signed for", 409, http.post(LOGISTICS + "/orders/"
                + number + "/installation", Http.json(Map.of("on", LocalDate.now().plusDays(2).toString(),
                "installer", "Zhao Lei")), "lena", pw("lena")).status());
        shipping.signedOff("lena", id, "Li Na", "CUSTOMER_WORD");
        shipping.awaitStatus(number, "SHIPPED");
        assertEquals("AWAITING_INSTALLATION", http.get(LOGISTICS + "/orders/" + number, "bob", pw("bob")).json()
                .get("stage").asText());

        assertEquals("accepted before it is scheduled", 409, accept(number).status());
        Http.Reply scheduled = http.post(LOGISTICS + "/orders/" + number + "/installation", Http.json(Map.of("on",
                LocalDate.now().plusDays(2).toString(), "installer", "Zhao Lei")), "lena", pw("lena"));
        assertEquals(scheduled.body(), 200, scheduled.status());
        assertEquals("Zhao Lei", scheduled.json().at("/installation/installer").asText());
        Http.Reply accepted = accept(number);
        assertEquals(accepted.body(), 200, accepted.status());
        assertEquals("COMPLETED", accepted.json().get("stage").asText());
        shipping.awaitStatus(number, "COMPLETED");
        assertTrue(orders.timelineTypes(number).contains(InstallationAccepted.TYPE));
    }

    @Test
    public void whatCannotShipIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        String prepaid = shipping.awaitingShipment("CUST-I", "PO-PREPAID-1", "WH-NORTH", 10, "25.00", false);
        Http.Reply notReleased = http.post(LOGISTICS + "/shipments", Http.json(draft(prepaid, List.of(line(1, 10)),
                null, Map.of("terms", "COMPANY"))), "lena", pw("lena"));
        assertEquals(notReleased.body(), 409, notReleased.status());
        assertTrue(notReleased.body(), notReleased.body().contains("not released for shipment (PAYMENT_OUTSTANDING):"
                + " 0.00 CNY of 250.00 CNY verified"));
        assertEquals(404, http.get(LOGISTICS + "/orders/" + prepaid, "lena", pw("lena")).status());

        String pending = orders.create("ann", Orders.order("CUST-A", "PO-PENDING-1", "LED-LAMP", 5, "25.00"))
                .get("number").asText();
        Http.Reply notAwaiting = http.post(LOGISTICS + "/shipments", Http.json(draft(pending, List.of(line(1, 5)),
                null, Map.of("terms", "COMPANY"))), "lena", pw("lena"));
        assertEquals(notAwaiting.body(), 409, notAwaiting.status());
        assertTrue(notAwaiting.body(), notAwaiting.body().contains("PENDING_CONFIRMATION"));
        assertEquals("a sales rep does not ship", 403, http.post(LOGISTICS + "/shipments",
                Http.json(draft(pending, List.of(line(1, 5)), null, Map.of("terms", "COMPANY"))), "ann", pw("ann"))
                .status());
        Http.Reply noFreight = http.post(LOGISTICS + "/shipments", Http.json(draft(pending, List.of(line(1, 5)),
                null, Map.of("terms", "AGREED"))), "lena", pw("lena"));
        assertEquals(noFreight.body(), 400, noFreight.status());
        assertEquals("freight.amount", noFreight.json().at("/problems/0/field").asText());
        assertTrue(shell().run("lena", pw("lena"), "logistics:shipments --overdue").contains("No overdue deliveries"));

        String cancelled = shipping.awaitingShipment("CUST-A", "PO-CANCEL-1", "WH-SOUTH", 5, "25.00", false);
        String planned = shipping.create(cancelled, List.of(line(1, 5)), null, Map.of("terms", "COMPANY"))
                .get("id").asText();
        assertEquals("nothing was dispatched: sales may cancel", 200,
                orders.post("mia", cancelled, "cancel", Map.of("reason", "customer withdrew")).status());
        await("the planned shipment given up").atMost(SETTLED).until(() -> "CANCELLED".equals(
                http.get(LOGISTICS + "/shipments/" + planned, "bob", pw("bob")).json().get("status").asText()));
        assertEquals(5, http.get(LOGISTICS + "/orders/" + cancelled, "bob", pw("bob")).json()
                .at("/lines/0/open").asInt());
    }

    private Http.Reply bookTrip(String user, String id, LocalDate departure, LocalDate arrival) {
        return http.post(LOGISTICS + "/shipments/" + id + "/trip", Http.json(Map.of("vehicle", "TRUCK-7",
                "driver", "Wang Wei", "departure", departure.toString(), "arrival", arrival.toString())), user,
                pw(user));
    }

    private Http.Reply accept(String number) {
        return http.post(LOGISTICS + "/orders/" + number + "/installation/acceptance",
                Http.json(Map.of("acceptedBy", "Li Na")), "lena", pw("lena"));
    }

    private static List<String> ids(JsonNode shipments) {
        return StreamSupport.stream(shipments.spliterator(), false)
                .map(s -> s.get("id").asText()).toList();
    }

    /** The logistics implementation updated as an operator would, its REST answering again afterwards. */
    private void updateLogisticsImplementation() throws Exception {
        Bundle logistics = Arrays.stream(context.getBundles())
                .filter(b -> "io.orderflow.logistics.impl".equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no logistics implementation bundle"));
        try (InputStream jar = new URL(logistics.getLocation()).openStream()) {
            logistics.update(jar);
        }
        await("logistics back").atMost(SETTLED)
                .until(() -> http.get(LOGISTICS + "/trips", "bob", pw("bob")).status() == 200);
    }
}
