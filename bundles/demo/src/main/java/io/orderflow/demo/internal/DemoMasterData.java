package io.orderflow.demo.internal;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lamp factory of docs/business-rules.md: its four regions, customers CUST-A … CUST-N of the worked examples and
 * the product range, added on activation while the master data holds nothing but (part of) this set. The other demo
 * loaders wait for this component's service, and add nothing unless the demo master data is
 * {@link #inPlace() in place}: their warehouses, stock and routings name these regions and products.
 */
@Component(service = DemoMasterData.class, immediate = true)
public final class DemoMasterData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMasterData.class);

    static final List<Region> REGIONS = List.of(new Region("SOUTH", "South China"), new Region("EAST", "East China"),
            new Region("NORTH", "North China"), new Region("WEST", "West China"));

    static final List<Customer> CUSTOMERS = List.of(
            customer("CUST-A", "Anhui Bright Homes", "SOUTH", "Li Na", "2000000", "NET30", "RETAIL"),
            customer("CUST-B", "Beijing Office Interiors", "NORTH", "Wang Lei", "500000", "NET30", "TRADE"),
            customer("CUST-C", "Chengdu Hotel Group", "WEST", "Zhang Wei", "3000000", "NET30", "PROJECT"),
            customer("CUST-D", "Dalian Design Studio", "NORTH", "Liu Yang", "200000", "PREPAY_30", "TRADE"),
            customer("CUST-E", "Eastern Retail Co.", "EAST", "Chen Jing", "800000", "NET45", "RETAIL"),
            customer("CUST-F", "Foshan Fixtures", "SOUTH", "Yang Fan", "100000", "PAY_BEFORE_SHIPMENT", "TRADE"),
            customer("CUST-G", "Guangzhou Mall Management", "SOUTH", "Huang Min", "5000000", "NET60", "PROJECT"),
            customer("CUST-H", "Hangzhou Home Store", "EAST", "Zhou Xin", "300000", "NET30", "RETAIL"),
            customer("CUST-I", "Inner Mongolia Lighting", "NORTH", "Wu Hao", "0", "PREPAY_100", "TRADE"),
            customer("CUST-J", "Jinan Schools Board", "NORTH", "Xu Ming", "1000000", "NET90", "PROJECT"),
            customer("CUST-K", "Kunming Resorts", "WEST", "Sun Li", "400000", "PREPAY_50", "PROJECT"),
            customer("CUST-L", "Lanzhou Hospital Supply", "WEST", "Ma Jun", "600000", "NET30", "PROJECT"),
            customer("CUST-M", "Macau Casino Works", "SOUTH", "Ho Ka", "8000000", "NET30", "PROJECT"),
            customer("CUST-N", "Nanjing Online Shop", "EAST", "Gao Yu", "150000", "PAY_BEFORE_SHIPMENT", "RETAIL"));

    static final List<Product> PRODUCTS = List.of(
            product("LED-LAMP", "LED lamp 9W", "25.00", 3, false),
            product("SMART-LAMP", "Smart lamp, app controlled", "180.00", 10, false),
            product("CRYSTAL-LAMP", "Crystal chandelier", "2400.00", 20, true),
            product("LED-PANEL", "LED panel 60x60", "95.00", 5, false),
            product("DESK-LAMP", "Desk lamp", "60.00", 3, false),
            product("CEILING-LIGHT", "Ceiling light", "320.00", 7, true),
            product("FLOOR-LAMP", "Floor lamp", "150.00", 5, false));

    private final boolean inPlace;

    @Activate
    public DemoMasterData(@Reference RegionService regions, @Reference CustomerService customers,
                          @Reference ProductService products) {
        Set<String> regionCodes = regions.list().stream().map(Region::code).collect(Collectors.toSet());
        Set<String> customerIds = customers.list().stream().map(Customer::id).collect(Collectors.toSet());
        Set<String> productCodes = products.list().stream().map(Product::code).collect(Collectors.toSet());
        if (!demoIds(REGIONS, Region::code).containsAll(regionCodes)
                || !demoIds(CUSTOMERS, Customer::id).containsAll(customerIds)
                || !demoIds(PRODUCTS, Product::code).containsAll(productCodes)) {
            LOG.info("The master data holds records of its own; no demo data added");
            inPlace = false;
            return;
        }
        inPlace = true;
        // Only demo records so far (none, or part of them after an interrupted first start): add what is missing.
        REGIONS.stream().filter(r -> !regionCodes.contains(r.code())).forEach(r -> regions.save(r, Actor.SYSTEM));
        List<Customer> missingCustomers = CUSTOMERS.stream().filter(c -> !customerIds.contains(c.id())).toList();
        List<Product> missingProducts = PRODUCTS.stream().filter(p -> !productCodes.contains(p.code())).toList();
        missingCustomers.forEach(c -> customers.save(c, Actor.SYSTEM));
        missingProducts.forEach(p -> products.save(p, Actor.SYSTEM));
        if (!missingCustomers.isEmpty() || !missingProducts.isEmpty()) {
            LOG.info("Demo master data loaded: {} customers, {} products", missingCustomers.size(), missingProducts.size());
        }
    }

    /** True when the master data is the demo's: the other demo loaders add nothing to a site's own data. */
    boolean inPlace() {
        return inPlace;
    }

    private static <T> Set<String> demoIds(List<T> records, Function<T, String> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }

    private static Customer customer(String id, String name, String region, String contact, String creditLimit,
                                     String terms, String group) {
        String mailbox = contact.toLowerCase().replace(' ', '.');
        return new Customer(id, name, region,
                new Contact(contact, String.format("+86 20 5555 %04d", id.charAt(5) - 'A' + 1),
                        mailbox + "@" + id.toLowerCase() + ".example"),
                "zh", Money.of(creditLimit, "CNY"), terms, null, InvoiceTrigger.ON_SHIPMENT,
                group);
    }

    private static Product product(String code, String name, String price, int leadDays, boolean customAllowed) {
        return new Product(code, name, "PCS", Money.of(price, "CNY"), leadDays, customAllowed, "STANDARD");
    }
}
