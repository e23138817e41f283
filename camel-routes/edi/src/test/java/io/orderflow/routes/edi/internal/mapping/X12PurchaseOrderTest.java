package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.routes.edi.internal.partner.Strictness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.orderflow.platform.api.Money;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.masterdata.api.Product;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class X12PurchaseOrderTest {

    private static final Map<String, Product> PRODUCTS = Map.of(
            "LED-LAMP", new Product("LED-LAMP", "LED lamp", "EA", new Money(new BigDecimal("25.00"), "CNY"), 7, false,
                    "STANDARD"),
            "DESK-LAMP", new Product("DESK-LAMP", "Desk lamp", "EA", new Money(new BigDecimal("60.00"), "CNY"), 12,
                    false, "STANDARD"));
    private static final MasterData MASTER_DATA = new MasterDataTables(code -> Optional.ofNullable(PRODUCTS.get(code)));

    private static TransactionSet firstSet(String interchange) throws Exception {
        return new EdiReader().read(interchange.getBytes(StandardCharsets.ISO_8859_1),
                Strictness.LENIENT).get(0).sets().get(0);
    }

    @Test
    void mapsWhatThePartnerSent() throws Exception {
        TransactionSet set = firstSet("ISA*00*          *00*          *ZZ*ACME           *ZZ*ORDERFLOW      *261122*0930*U"
                + "*00401*000000101*0*P*>~GS*PO*ACME*ORDERFLOW*20261122*0930*101*X*004010~ST*850*0001~"
                + "BEG*00*SA*PO-7781**20261122~CUR*BY*CNY~PER*BD*LI WEI*TE*+86 10 5555 0101*EM*li.wei@example.cn~"
                + "DTM*002*20270115~N1*ST*ACME BEIJING*92*0042~N3*9 CHANG'AN AVENUE*GATE 2~N4*BEIJING**100000*CN~"
                + "PO1*10*50*EA*24.50**BP*B-77*VP*LED-LAMP~PID*F****4000K~PID*F****FROSTED~"
                + "PO1*20*20*EA*60**VP*DESK-LAMP~CTT*2~SE*13*0001~GE*1*101~IEA*1*000000101~");
        MappedOrder mapped = X12PurchaseOrder.map(set, "0001", "ACME", "CUST-B", MASTER_DATA).get(0);
        assertEquals(List.of(), mapped.problems());
        OrderDraft draft = mapped.order().draft();
        assertEquals("CUST-B", draft.customerId());
        assertEquals("PO-7781", draft.customerPo());
        assertEquals("2027-01-15", draft.requestedDelivery());
        assertEquals(new OrderDraft.AddressDraft("9 CHANG'AN AVENUE", "GATE 2", "BEIJING", "100000", "CN"),
                draft.deliveryAddress());
        assertEquals("LI WEI", draft.contact().name());
        assertEquals("li.wei@example.cn", draft.contact().email());
        assertEquals(new OrderDraft.LineDraft("LED-LAMP", "4000K", new BigDecimal("50"),
                new OrderDraft.MoneyDraft("24.50", "CNY")), draft.lines().get(0));
        assertEquals("DESK-LAMP", draft.lines().get(1).productCode());
        assertEquals(List.of("10", "20"), mapped.lineIds());
        assertEquals(List.of(), mapped.order().filledIn());
        assertEquals("0001", mapped.order().transactionSet());
        assertEquals(new Location("PO1", 9, 2), mapped.sourceOf("lines[0].quantity"));
        assertEquals(new Location("PO1", 9, 9), mapped.sourceOf("lines[0].productCode"));
        assertEquals(new Location("N4", 8, 1), mapped.sourceOf("deliveryAddress.city"));
        assertEquals(new Location("ST", 1, 0), mapped.sourceOf("paymentTerms"));
    }

    @Test
    void fillsPriceDateAndContactFromMasterDataAndFlagsThem() throws Exception {
        TransactionSet set = firstSet("ISA*00*          *00*          *ZZ*ACME           *ZZ*ORDERFLOW      *261122*0930*U"
                + "*00401*000000102*0*P*>~GS*PO*ACME*ORDERFLOW*20261122*0930*102*X*004010~ST*850*0001~"
                + "BEG*00*SA*PO-7782**20261122~N1*ST*ACME BEIJING~N3*9 CHANG'AN AVENUE~N4*BEIJING**100000*CN~"
                + "PO1*1*5*EA***VP*LED-LAMP~PO1*2*1*EA***VP*DESK-LAMP~SE*8*0001~GE*1*102~IEA*1*000000102~");
        MappedOrder mapped = X12PurchaseOrder.map(set, "0001", "ACME", "CUST-B", MASTER_DATA).get(0);
        OrderDraft draft = mapped.order().draft();
        assertEquals(new OrderDraft.MoneyDraft("25.00", "CNY"), draft.lines().get(0).unitPrice());
        assertEquals("2026-12-04", draft.requestedDelivery(), "today plus the longest lead time, 12 days");
        assertNull(draft.contact());
        assertEquals(List.of("lines[0].unitPrice", "lines[1].unitPrice", "requestedDelivery", "contact"),
                mapped.order().filledIn().stream().map(IntakeFlag::field).toList());
        assertEquals(List.of(IntakeFlag.FILLED_FROM_MASTER_DATA), mapped.order().filledIn().stream()
                .map(IntakeFlag::code).distinct().toList());
    }
}
