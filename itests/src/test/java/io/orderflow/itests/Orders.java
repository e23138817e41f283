package io.orderflow.itests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Order bodies as a client would send them (the contract of POST /api/sales-order/orders). */
public final class Orders {

    private Orders() {
    }

    /** An order of one line for a customer, at the given unit price, delivered in 40 days. */
    public static Map<String, Object> order(String customerId, String customerPo, String product, int quantity,
                                            String unitPrice) {
        Map<String, Object> order = ledLamps(customerPo);
        order.put("customerId", customerId);
        order.remove("paymentTerms");
        order.remove("contact");
        order.put("requestedDelivery", LocalDate.now().plusDays(40).toString());
        order.put("lines", List.of(Map.of("productCode", product, "specification", "standard", "quantity", quantity,
                "unitPrice", Map.of("amount", unitPrice, "currency", "CNY"))));
        return order;
    }

    /** Customer A's 100 LED lamps at list price, delivered in 30 days (worked example A). */
    public static Map<String, Object> ledLamps(String customerPo) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customerId", "CUST-A");
        order.put("customerPo", customerPo);
        order.put("requestedDelivery", LocalDate.now().plusDays(30).toString());
        order.put("deliveryAddress", Map.of("line1", "1 Factory Road", "city", "Shenzhen", "postalCode", "518000",
                "country", "CN"));
        order.put("paymentTerms", "NET30");
        order.put("type", "CUSTOMER");
        order.put("custom", false);
        order.put("installation", false);
        order.put("shipBeforePayment", false);
        order.put("contact", Map.of("name", "Li Na", "phone", "+86 20 5555 0001", "email", "li.na@example.com"));
        order.put("lines", List.of(Map.of("productCode", "LED-LAMP", "specification", "4000K", "quantity", 100,
                "unitPrice", Map.of("amount", "25.00", "currency", "CNY"))));
        return order;
    }
}
