package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.salesorder.api.Contact;
import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.CustomerService;
import io.orderflow.salesorder.api.Product;
import io.orderflow.salesorder.api.ProductService;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lamp factory of domain.md: customers CUST-A … CUST-N of the worked examples and the product range, loaded on
 * activation while the database holds no master data but (part of) this set. Health reports UP only once this component is active,
 * i.e. once the data is in.
 */
@Component(service = {}, configurationPid = "orderflow.sales-order.demo-data")
@Designate(ocd = DemoData.Config.class)
public final class DemoData {

    @ObjectClassDefinition(name = "Orderflow sales demo data", description = "Customers and products of the demo lamp factory")
    public @interface Config {
        @AttributeDefinition(description = "Load the demo customers and products into an empty database")
        boolean enabled() default true;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    static final List<Customer> CUSTOMERS = List.of(
            customer("CUST-A", "Anhui Bright Homes", "SOUTH", "Li Na", "2000000", "NET30"),
            customer("CUST-B", "Beijing Office Interiors", "NORTH", "Wang Lei", "500000", "NET30"),
            customer("CUST-C", "Chengdu Hotel Group", "WEST", "Zhang Wei", "3000000", "NET30"),
            customer("CUST-D", "Dalian Design Studio", "NORTH", "Liu Yang", "200000", "PREPAY_30"),
            customer("CUST-E", "Eastern Retail Co.", "EAST", "Chen Jing", "800000", "NET45"),
            customer("CUST-F", "Foshan Fixtures", "SOUTH", "Yang Fan", "100000", "PAY_BEFORE_SHIPMENT"),
            customer("CUST-G", "Guangzhou Mall Management", "SOUTH", "Huang Min", "5000000", "NET60"),
            customer("CUST-H", "Hangzhou Home Store", "EAST", "Zhou Xin", "300000", "NET30"),
            customer("CUST-I", "Inner Mongolia Lighting", "NORTH", "Wu Hao", "0", "PREPAY_100"),
            customer("CUST-J", "Jinan Schools Board", "NORTH", "Xu Ming", "1000000", "NET90"),
            customer("CUST-K", "Kunming Resorts", "WEST", "Sun Li", "400000", "PREPAY_50"),
            customer("CUST-L", "Lanzhou Hospital Supply", "WEST", "Ma Jun", "600000", "NET30"),
            customer("CUST-M", "Macau Casino Works", "SOUTH", "Ho Ka", "8000000", "NET30"),
            customer("CUST-N", "Nanjing Online Shop", "EAST", "Gao Yu", "150000", "PAY_BEFORE_SHIPMENT"));

    static final List<Product> PRODUCTS = List.of(
            product("LED-LAMP", "LED lamp 9W", "25.00", 3, false),
            product("SMART-LAMP", "Smart lamp, app controlled", "180.00", 10, false),
            product("CRYSTAL-LAMP", "Crystal chandelier", "2400.00", 20, true),
            product("LED-PANEL", "LED panel 60x60", "95.00", 5, false),
            product("DESK-LAMP", "Desk lamp", "60.00", 3, false),
            product("CEILING-LIGHT", "Ceiling light", "320.00", 7, true),
            product("FLOOR-LAMP", "Floor lamp", "150.00", 5, false));

    @Activate
    public DemoData(@Reference CustomerService customers, @Reference ProductService products, Config config) {
        if (!config.enabled()) {
            LOG.info("Demo data disabled (orderflow.sales-order.demo-data/enabled = false)");
            return;
        }
        Set<String> customerIds = customers.list().stream().map(Customer::id).collect(Collectors.toSet());
        Set<String> productCodes = products.list().stream().map(Product::code).collect(Collectors.toSet());
        if (!demoIds(CUSTOMERS, Customer::id).containsAll(customerIds)
                || !demoIds(PRODUCTS, Product::code).containsAll(productCodes)) {
            LOG.debug("Master data of the site present; no demo data loaded");
            return;
        }
        // Only demo records so far (none, or part of them after an interrupted first start): add what is missing.
        List<Customer> missingCustomers = CUSTOMERS.stream().filter(c -> !customerIds.contains(c.id())).toList();
        List<Product> missingProducts = PRODUCTS.stream().filter(p -> !productCodes.contains(p.code())).toList();
        missingCustomers.forEach(c -> customers.save(c, Actor.SYSTEM));
        missingProducts.forEach(p -> products.save(p, Actor.SYSTEM));
        if (!missingCustomers.isEmpty() || !missingProducts.isEmpty()) {
            LOG.info("Demo data loaded: {} customers, {} products", missingCustomers.size(), missingProducts.size());
        }
    }

    private static <T> Set<String> demoIds(List<T> records, Function<T, String> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }

    private static Customer customer(String id, String name, String region, String contact, String creditLimit,
                                     String terms) {
        String mailbox = contact.toLowerCase().replace(' ', '.');
        return new Customer(id, name, region,
                new Contact(contact, String.format("+86 20 5555 %04d", id.charAt(5) - 'A' + 1),
                        mailbox + "@" + id.toLowerCase() + ".example"),
                Money.of(creditLimit, "CNY"), terms);
    }

    private static Product product(String code, String name, String price, int leadDays, boolean customAllowed) {
        return new Product(code, name, "PCS", Money.of(price, "CNY"), leadDays, customAllowed);
    }
}
