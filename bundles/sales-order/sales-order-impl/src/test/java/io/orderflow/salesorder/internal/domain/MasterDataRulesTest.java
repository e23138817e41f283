package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.salesorder.api.Contact;
import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.Product;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MasterDataRulesTest {

    private static Set<String> fields(Runnable check) {
        return assertThrows(ValidationException.class, check::run).problems().stream().map(FieldProblem::field)
                .collect(Collectors.toSet());
    }

    @Test
    void customersNeedIdNameRegionCreditLimitAndValidTerms() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Customer("CUST-Z", "Zhuhai Lights", "SOUTH",
                new Contact(null, null, null), Money.of("0", "CNY"), "PREPAY_100")));
        assertEquals(Set.of("id", "name", "region", "creditLimit", "paymentTerms"),
                fields(() -> MasterDataRules.check(new Customer(null, " ", null, null, null, null))));
        assertEquals(Set.of("id", "region", "creditLimit.amount", "paymentTerms"),
                fields(() -> MasterDataRules.check(new Customer("cust z", "Z", "south", null, Money.of("-1", "CNY"), "SOON"))));
    }

    @Test
    void productsNeedCodeNameUnitPriceAndANonNegativeLeadTime() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Product("LED-LAMP", "LED lamp", "PCS", Money.of("25.00", "CNY"), 3, false)));
        assertEquals(Set.of("code", "name", "unit", "listPrice"),
                fields(() -> MasterDataRules.check(new Product(null, null, null, null, 0, false))));
        assertEquals(Set.of("code", "listPrice.amount", "minLeadTimeDays"),
                fields(() -> MasterDataRules.check(new Product("led lamp", "x", "PCS", Money.of("-1", "CNY"), -2, false))));
    }
}
