package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.routes.edi.internal.partner.Strictness;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.platform.api.Money;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.Interchange;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.masterdata.api.Product;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EdifactOrdersTest {

    private static final MasterData MASTER_DATA = new MasterDataTables(code -> Optional.of(new Product(code, code,
            "PCS", new Money(new BigDecimal("95.00"), "CNY"), 5, false, "STANDARD")));

    private static MappedOrder map(String interchange) throws Exception {
        Interchange read = new EdiReader().read(interchange.getBytes(StandardCharsets.ISO_8859_1),
                Strictness.LENIENT).get(0);
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(), read.sets().get(0).errors());
        return EdifactOrders.map(read.sets().get(0), "1", "EURO", "CUST-C", MASTER_DATA).get(0);
    }

    @Test
    void readsAD01bOrdersLikeAD96aOne() throws Exception {
        MappedOrder mapped = map("UNA:+.? 'UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261122:0930+EU90'"
                + "UNH+1+ORDERS:D:01B:UN'BGM+220+EU-PO-90+9'DTM+137:20261122:102'DTM+2:20270115:102'"
                + "NAD+DP+++EU STORE 9+RUE HAUTE 9+BRUXELLES++1000+BE'CUX+2:EUR:9'"
                + "LIN+1++LED-PANEL:SA'QTY+21:12'PRI+AAA:88.5'LIN+2++DESK-LAMP:SA'QTY+21:3'UNS+S'UNT+13+1'UNZ+1+EU90'");
        assertEquals(List.of(), mapped.problems());
        OrderDraft draft = mapped.order().draft();
        assertEquals("EU-PO-90", draft.customerPo());
        assertEquals("2027-01-15", draft.requestedDelivery());
        assertEquals(new OrderDraft.AddressDraft("RUE HAUTE 9", null, "BRUXELLES", "1000", "BE"), draft.deliveryAddress());
        assertEquals(List.of("1", "2"), mapped.lineIds());
        assertEquals(new OrderDraft.LineDraft("LED-PANEL", null, new BigDecimal("12"), new OrderDraft.MoneyDraft("88.5",
                "EUR")), draft.lines().get(0));
        assertEquals("95.00", draft.lines().get(1).unitPrice().amount(), "the price list's, flagged");
    }
}
