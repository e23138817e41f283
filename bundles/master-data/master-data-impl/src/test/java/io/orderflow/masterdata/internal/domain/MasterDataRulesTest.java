package io.orderflow.masterdata.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MasterDataRulesTest {

    private static final Set<String> REGIONS = Set.of("SOUTH", "NORTH");

    private static Set<String> fields(Runnable check) {
        return assertThrows(ValidationException.class, check::run).problems().stream().map(FieldProblem::field)
                .collect(Collectors.toSet());
    }

    @Test
    void customersNeedIdNameAKnownRegionCreditLimitAndValidTerms() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Customer("CUST-Z", "Zhuhai Lights", "SOUTH",
                new Contact(null, null, null), "zh", Money.of("0", "CNY"), "PREPAY_100",
                new Address("1 Harbour Road", null, "Zhuhai", "519000", "CN"), InvoiceTrigger.ON_SIGN_OFF), REGIONS));
        assertEquals(Set.of("id", "name", "region", "creditLimit", "paymentTerms"), fields(() -> MasterDataRules.check(
                new Customer(null, " ", null, null, null, null, null, null, null), REGIONS)));
        assertEquals(Set.of("id", "region", "language", "creditLimit.amount", "paymentTerms"), fields(() ->
                MasterDataRules.check(new Customer("cust z", "Z", "south", null, "Chinese", Money.of("-1", "CNY"),
                        "SOON", null, null), REGIONS)));
        assertEquals(Set.of("region"), fields(() -> MasterDataRules.check(new Customer("CUST-Z", "Z", "WEST", null,
                null, Money.of("1", "CNY"), "NET30", null, null), REGIONS)));
    }

    @Test
    void productsNeedCodeNameUnitPriceAndANonNegativeLeadTime() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Product("LED-LAMP", "LED lamp", "PCS",
                Money.of("25.00", "CNY"), 3, false, "STANDARD")));
        assertEquals(Set.of("code", "name", "unit", "listPrice"),
                fields(() -> MasterDataRules.check(new Product(null, null, null, null, 0, false, null))));
        assertEquals(Set.of("code", "listPrice.amount", "minLeadTimeDays", "taxClass"), fields(() ->
                MasterDataRules.check(new Product("led lamp", "x", "PCS", Money.of("-1", "CNY"), -2, false, "low"))));
    }

    @Test
    void regionsNeedAnUpperCaseCodeAndAName() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Region("SOUTH", "South China")));
        assertEquals(Set.of("code", "name"), fields(() -> MasterDataRules.check(new Region("south", null))));
    }
}
