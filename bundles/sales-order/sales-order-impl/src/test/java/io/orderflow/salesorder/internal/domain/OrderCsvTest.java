package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.salesorder.api.OrderImportService;
import io.orderflow.salesorder.internal.domain.OrderCsv.CsvOrder;
import io.orderflow.salesorder.internal.domain.OrderCsv.RowProblem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderCsvTest {

    private static final String HEADER = "customerId,customerPo,requestedDelivery,deliveryLine1,deliveryCity,"
            + "deliveryCountry,productCode,specification,quantity,unitPrice,currency,custom\n";

    private static List<CsvOrder> read(String rows) {
        return OrderCsv.read(new StringReader(HEADER + rows));
    }

    @Test
    void rowsOfOneCustomerAndPoFormOneOrderInTheOrderOfTheFile() {
        List<CsvOrder> orders = read("""
                CUST-A,PO-1,2027-01-10,1 Factory Road,Shenzhen,CN,LED-LAMP,4000K,100,25.00,CNY,
                CUST-B,PO-9,2027-01-11,2 Harbour St,Ningbo,CN,LED-PANEL,,10,95.00,CNY,no
                CUST-A,PO-1,2027-01-10,1 Factory Road,Shenzhen,CN,SMART-LAMP,,5,180.00,CNY,
                """);
        assertEquals(2, orders.size());
        CsvOrder first = orders.get(0);
        assertEquals(List.of(2L, 4L), first.rows(), "file lines, the header being line 1");
        assertEquals("PO-1", first.draft().customerPo());
        assertEquals("Shenzhen", first.draft().deliveryAddress().city());
        assertEquals(2, first.draft().lines().size());
        assertEquals(new BigDecimal("5"), first.draft().lines().get(1).quantity());
        assertEquals("180.00", first.draft().lines().get(1).unitPrice().amount());
        assertNull(first.draft().lines().get(1).specification(), "an empty cell is absent");
        assertNull(first.draft().custom());
        assertEquals(false, orders.get(1).draft().custom());
        assertEquals(Map.of(), first.readingProblems());
    }

    @Test
    void unreadableCellsAndRowsThatDisagreeWithTheirOrderAreProblemsOfTheirRow() {
        CsvOrder order = read("""
                CUST-A,PO-2,2027-01-10,1 Factory Road,Shenzhen,CN,LED-LAMP,,lots,25.00,CNY,maybe
                CUST-A,PO-2,2027-02-10,1 Factory Road,Shenzhen,CN,LED-LAMP,,1,25.00,CNY,maybe
                """).get(0);
        assertEquals(List.of(new FieldProblem("custom", "must be true or false, got 'maybe'"),
                new FieldProblem("quantity", "must be a number such as 100 or 2.5, got 'lots'")), order.readingProblems().get(2L));
        assertEquals(List.of(new FieldProblem("requestedDelivery", "differs from row 2 of the same order")),
                order.readingProblems().get(3L));
    }

    @Test
    void intakeProblemsGoBackToTheirRowAndColumn() {
        CsvOrder order = read("""
                CUST-A,PO-3,2027-01-10,1 Factory Road,Shenzhen,CN,LED-LAMP,,1,25.00,CNY,
                CUST-A,PO-3,2027-01-10,1 Factory Road,Shenzhen,CN,LED-LAMP,,1,25.00,USD,
                """).get(0);
        assertEquals(new RowProblem(3, new FieldProblem("currency", "x")),
                OrderCsv.locate(order, new FieldProblem("lines[1].unitPrice.currency", "x")));
        assertEquals(new RowProblem(3, new FieldProblem("unitPrice", "x")),
                OrderCsv.locate(order, new FieldProblem("lines[1].unitPrice.amount", "x")));
        assertEquals(new RowProblem(2, new FieldProblem("quantity", "x")),
                OrderCsv.locate(order, new FieldProblem("lines[0].quantity", "x")));
        assertEquals(new RowProblem(2, new FieldProblem("deliveryCity", "x")),
                OrderCsv.locate(order, new FieldProblem("deliveryAddress.city", "x")));
        assertEquals(new RowProblem(2, new FieldProblem("contactEmail", "x")),
                OrderCsv.locate(order, new FieldProblem("contact.email", "x")));
        assertEquals(new RowProblem(2, new FieldProblem("policyException", "x")),
                OrderCsv.locate(order, new FieldProblem("policyException.reason", "x")));
        assertEquals(new RowProblem(2, new FieldProblem("customerId", "x")),
                OrderCsv.locate(order, new FieldProblem("customerId", "x")));
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrRowsIsRefusedAsAWhole() {
        ValidationException missing = assertThrows(ValidationException.class,
                () -> OrderCsv.read(new StringReader("customerId,customerPo,quantity\nCUST-A,PO-1,1\n")));
        assertEquals("header", missing.problems().get(0).field());
        assertEquals("missing columns [requestedDelivery, deliveryLine1, deliveryCity, deliveryCountry, productCode,"
                + " unitPrice, currency]", missing.problems().get(0).problem().split(";")[0]);
        ValidationException empty = assertThrows(ValidationException.class, () -> read(""));
        assertEquals(new FieldProblem("file", "has no order rows below its header"), empty.problems().get(0));
    }

    @Test
    void aFileOverTheRowLimitIsRefusedAsAWhole() {
        String row = "CUST-A,PO-X,2027-01-10,1 Factory Road,Shenzhen,CN,LED-LAMP,,1,25.00,CNY,\n";
        ValidationException tooMany = assertThrows(ValidationException.class,
                () -> read(row.repeat(OrderImportService.MAX_ROWS + 1)));
        assertEquals("file", tooMany.problems().get(0).field());
    }
}
