package io.orderflow.salesorder.internal;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.tx.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the customers and products sales kept before master data had its own bundle (SALES_ORDER.CUSTOMER and
 * .PRODUCT) to master data, once: sales reads its own old tables and saves each record through master data's API,
 * replacing what is there (the demo data, say), and then records the handover. A start interrupted halfway hands over
 * again; after the record, never. Sales reads and writes the old tables no more.
 */
@Component(service = {}, immediate = true)
public final class MasterDataHandover {

    private static final Logger LOG = LoggerFactory.getLogger(MasterDataHandover.class);

    @Activate
    public MasterDataHandover(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                              @Reference RegionService regions, @Reference CustomerService customers,
                              @Reference ProductService products) {
        SalesOrderDatabase db = new SalesOrderDatabase(jpa, migrations, transactions);
        Legacy legacy = db.tx(em -> jdbc(() -> read(SalesOrderDatabase.connection(em))));
        if (legacy == null) {
            return;
        }
        Set<String> known = regions.list().stream().map(Region::code).collect(Collectors.toSet());
        legacy.customers.stream().map(Customer::region).distinct().filter(region -> !known.contains(region))
                .forEach(region -> regions.save(new Region(region, region), Actor.SYSTEM));
        legacy.customers.forEach(customer -> customers.save(customer, Actor.SYSTEM));
        legacy.products.forEach(product -> products.save(product, Actor.SYSTEM));
        // a second start racing this one recorded it first: nothing more to do
        db.tx(em -> db.insertOrElse(em, tx -> record(tx, legacy), tx -> null));
        LOG.info("Handed {} customers and {} products from the sales schema to master data", legacy.customers.size(),
                legacy.products.size());
    }

    private record Legacy(List<Customer> customers, List<Product> products) {
    }

    private interface Jdbc<T> {
        T run() throws SQLException;
    }

    private static <T> T jdbc(Jdbc<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("handing sales' customers and products to master data failed", e);
        }
    }

    /** What is still to hand over; null once it was. */
    private static Legacy read(Connection tx) throws SQLException {
        try (PreparedStatement done = tx.prepareStatement("SELECT COUNT(*) FROM SALES_ORDER.MASTER_DATA_HANDOVER");
             ResultSet rows = done.executeQuery()) {
            rows.next();
            if (rows.getInt(1) > 0) {
                return null;
            }
        }
        List<Customer> customers = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT ID, NAME, REGION, CONTACT_NAME, CONTACT_PHONE,"
                + " CONTACT_EMAIL, CREDIT_LIMIT, CREDIT_CURRENCY, PAYMENT_TERMS FROM SALES_ORDER.CUSTOMER ORDER BY ID");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                customers.add(new Customer(rows.getString(1), rows.getString(2), rows.getString(3),
                        new Contact(rows.getString(4), rows.getString(5), rows.getString(6)), null,
                        Money.ofStored(rows.getBigDecimal(7), rows.getString(8)), rows.getString(9), null,
                        InvoiceTrigger.ON_SHIPMENT, null));
            }
        }
        List<Product> products = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT CODE, NAME, UNIT, LIST_PRICE, CURRENCY,"
                + " MIN_LEAD_TIME_DAYS, CUSTOM_ALLOWED FROM SALES_ORDER.PRODUCT ORDER BY CODE");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                products.add(new Product(rows.getString(1), rows.getString(2), rows.getString(3),
                        Money.ofStored(rows.getBigDecimal(4), rows.getString(5)), rows.getInt(6), rows.getBoolean(7), null));
            }
        }
        return new Legacy(customers, products);
    }

    private static Object record(Connection tx, Legacy legacy) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO SALES_ORDER.MASTER_DATA_HANDOVER"
                + " (ID, HANDED_OVER_AT, CUSTOMERS, PRODUCTS) VALUES (1, CURRENT_TIMESTAMP, ?, ?)")) {
            insert.setInt(1, legacy.customers.size());
            insert.setInt(2, legacy.products.size());
            insert.executeUpdate();
        }
        return null;
    }
}
