package io.orderflow.routes.edi.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.Product;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.ErrorKind;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.SyntaxError;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderDraft;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Orders the partner's way: its item numbers, its units and packs, its locations, and what it leaves out. */
class PartnerMappingTest {

    private static final Map<String, Product> PRODUCTS = Map.of("LED-LAMP", new Product("LED-LAMP", "LED lamp", "EA",
            Money.of("25.00", "GBP"), 7, false, "STANDARD"));
    private static final Address DEPOT = new Address("1 Depot Road", null, "Leeds", "LS1 1AA", "GB");
    private static final Address STORE_1042 = new Address("42 High Street", null, "York", "YO1 7HH", "GB");
    private static final Address STORE_1043 = new Address("7 Market Place", null, "Hull", "HU1 1AA", "GB");
    private static final MasterData MASTER_DATA = new MasterDataTables(code -> Optional.ofNullable(PRODUCTS.get(code)))
            .customer(new Customer("CUST-UK", "Northern Retail", "NORTH", null, null, Money.of("50000", "GBP"),
                    "NET30", DEPOT, null, null))
            .item(new PartnerItem("RETAIL", ItemIdKind.BUYER_ITEM, "778812", "LED-LAMP", "CA", 12))
            .item(new PartnerItem("RETAIL", ItemIdKind.GTIN, "05012345678900", "LED-LAMP", null, 1))
            .location(new PartnerLocation("RETAIL", "1042", "CUST-UK", "Store 1042 York", STORE_1042))
            .location(new PartnerLocation("RETAIL", "1043", "CUST-UK", "Store 1043 Hull", STORE_1043))
            .location(new PartnerLocation("RETAIL", "9001", "CUST-UK", "DC Leeds", null));

    private static List<MappedOrder> x12(String body) throws Exception {
        String text = "ISA*00*          *00*          *ZZ*RETAIL         *ZZ*ORDERFLOW      *261122*0930*U*00401"
                + "*000000201*0*P*>~GS*PO*RETAIL*ORDERFLOW*20261122*0930*201*X*004010~ST*850*0001~"
                + "BEG*00*SA*PO-9911**20261122~DTM*002*20270115~" + body + "SE*9*0001~GE*1*201~IEA*1*000000201~";
        TransactionSet set = new EdiReader().read(text.getBytes(StandardCharsets.ISO_8859_1), Strictness.LENIENT)
                .get(0).sets().get(0);
        return X12PurchaseOrder.map(set, "201/0001", "RETAIL", "CUST-DEFAULT", MASTER_DATA);
    }

    @Test
    void casesOfTheBuyersItemBecomeOurUnitsAtTheirPrice() throws Exception {
        MappedOrder order = x12("N1*ST**92*1042~PO1*1*5*CA*300**IN*778812~").get(0);
        assertEquals(List.of(), order.problems());
        OrderDraft.LineDraft line = order.order().draft().lines().get(0);
        assertEquals(new OrderDraft.LineDraft("LED-LAMP", null, new BigDecimal("60"),
                new OrderDraft.MoneyDraft("25.00", "GBP")), line, "5 cases of 12 at 300 a case");
        assertTrue(order.order().filledIn().stream().anyMatch(f -> f.field().equals("lines[0].quantity")
                && f.detail().contains("5 CA of 12")), order.order().filledIn().toString());
        assertEquals(new Location("PO1", 5, 7), order.sourceOf("lines[0].productCode"));
    }

    @Test
    void aGtinOrderedInSingleUnitsIsTakenAsIs() throws Exception {
        OrderDraft draft = x12("N1*ST**92*1042~PO1*1*7*EA*25**EN*05012345678900~").get(0).order().draft();
        assertEquals("LED-LAMP", draft.lines().get(0).productCode());
        assertEquals(new BigDecimal("7"), draft.lines().get(0).quantity());
    }

    @Test
    void theLocationTableGivesCustomerAndShipTo() throws Exception {
        MappedOrder order = x12("N1*ST**92*1042~PO1*1*2*EA*25**VP*LED-LAMP~").get(0);
        OrderDraft draft = order.order().draft();
        assertEquals("CUST-UK", draft.customerId(), "the location's customer, not the profile's default");
        assertEquals(new OrderDraft.AddressDraft("42 High Street", null, "York", "YO1 7HH", "GB"),
                draft.deliveryAddress());
        assertTrue(order.order().filledIn().stream().anyMatch(f -> f.code().equals(IntakeFlag.FILLED_FROM_MASTER_DATA)
                && f.field().equals("deliveryAddress") && f.detail().contains("location 1042")));
        assertTrue(order.order().filledIn().stream().anyMatch(f -> f.field().equals("lines[0].unitPrice")
                && f.detail().equals("no currency sent; GBP")), "the currency is the customer's");
        assertEquals(new OrderDraft.MoneyDraft("25", "GBP"), draft.lines().get(0).unitPrice());
    }

    @Test
    void aLocationWithoutAnAddressShipsToTheCustomersDefault() throws Exception {
        MappedOrder order = x12("N1*ST**92*9001~PO1*1*2*EA*25**VP*LED-LAMP~").get(0);
        assertEquals(new OrderDraft.AddressDraft("1 Depot Road", null, "Leeds", "LS1 1AA", "GB"),
                order.order().draft().deliveryAddress());
        assertTrue(order.order().filledIn().stream().anyMatch(f -> f.field().equals("deliveryAddress")
                && f.detail().contains("default delivery address")));
    }

    @Test
    void anUnknownItemOrLocationIsRefusedWhereThePartnerWroteIt() throws Exception {
        MappedOrder order = x12("N1*ST**92*7777~PO1*1*2*EA*25**IN*000000~").get(0);
        assertEquals(List.of(
                new SyntaxError(new Location("N1", 4, 4), ErrorKind.VALUE_REFUSED,
                        "ship-to location 7777 is not in partner RETAIL's location table"),
                new SyntaxError(new Location("PO1", 5, 7), ErrorKind.VALUE_REFUSED,
                        "item 000000 is neither one of our products nor in partner RETAIL's cross-reference")),
                order.problems());
    }

    @Test
    void quantitiesSplitAcrossStoresMakeOneOrderPerStore() throws Exception {
        List<MappedOrder> orders = x12("N1*BY*NORTHERN RETAIL*92*0001~PO1*1*30*EA*25**VP*LED-LAMP~"
                + "SDQ*EA*92*1042*10*1043*20~");
        assertEquals(2, orders.size());
        MappedOrder york = orders.get(0);
        assertEquals("PO-9911/1042", york.order().draft().customerPo());
        assertEquals("PO-9911", york.purchaseOrder(), "the partner's own PO for its order response");
        assertEquals("201/0001/1", york.order().transactionSet(), "short enough for sales' 35 characters");
        assertEquals("CUST-UK", york.order().draft().customerId());
        assertEquals(new BigDecimal("10"), york.order().draft().lines().get(0).quantity());
        assertEquals("York", york.order().draft().deliveryAddress().city());
        MappedOrder hull = orders.get(1);
        assertEquals("PO-9911/1043", hull.order().draft().customerPo());
        assertEquals(new BigDecimal("20"), hull.order().draft().lines().get(0).quantity());
        assertEquals("Hull", hull.order().draft().deliveryAddress().city());
        assertEquals(List.of("1"), hull.lineIds());
    }

    @Test
    void storesQuantitiesThatDoNotAddUpOrComeInAnotherUnitAreRefused() throws Exception {
        MappedOrder short1 = x12("PO1*1*30*EA*25**VP*LED-LAMP~SDQ*EA*92*1042*10*1043*15~").get(0);
        assertTrue(short1.problems().contains(new SyntaxError(new Location("PO1", 4, 2), ErrorKind.VALUE_REFUSED,
                "the locations' quantities add up to 25, not the line's 30")), short1.problems().toString());
        MappedOrder cases = x12("PO1*1*30*EA*25**VP*LED-LAMP~SDQ*CA*92*1042*10*1043*20~").get(0);
        assertTrue(cases.problems().contains(new SyntaxError(new Location("SDQ", 5, 1), ErrorKind.VALUE_REFUSED,
                "the locations' quantities are in CA, the line's in EA")), cases.problems().toString());
    }

    @Test
    void edifactLinesSplitByLocationAndPiaNumbers() throws Exception {
        String text = "UNA:+.? 'UNB+UNOC:3+5000000000001:14+ORDERFLOW:14+261122:0930+EU91'UNH+1+ORDERS:D:01B:UN:EAN010'"
                + "BGM+220+EU-PO-91+9'DTM+2:20270115:102'LIN+1++05012345678900:SRV'PIA+1+778812:IN'QTY+21:3:CA'"
                + "LOC+7+1042::92'QTY+11:1'LOC+7+1043::92'QTY+11:2'UNS+S'UNT+11+1'UNZ+1+EU91'";
        TransactionSet set = new EdiReader().read(text.getBytes(StandardCharsets.ISO_8859_1), Strictness.LENIENT)
                .get(0).sets().get(0);
        List<MappedOrder> orders = EdifactOrders.map(set, "1", "RETAIL", "CUST-DEFAULT", MASTER_DATA);
        assertEquals(List.of("EU-PO-91/1042", "EU-PO-91/1043"), orders.stream()
                .map(o -> o.order().draft().customerPo()).toList());
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("2")), orders.stream()
                .map(o -> o.order().draft().lines().get(0).quantity()).toList(),
                "the GTIN maps first, ordered in single units");
    }
}
