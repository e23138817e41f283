package io.orderflow.masterdata.internal;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.MasterDataImportService;
import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.OrganisationService;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.masterdata.internal.domain.MasterDataRules;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.text.Text;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * CSV files of master data, all or nothing: every row is read and checked first, each problem named with its row and
 * column; only a file without problems is saved, in one transaction.
 */
@Component(service = MasterDataImportService.class)
public final class MasterDataImportServiceImpl implements MasterDataImportService {

    static final int MAX_ROWS = 10_000;
    private static final List<String> CUSTOMER_COLUMNS = List.of("id", "name", "region", "contactName",
            "contactPhone", "contactEmail", "creditLimit", "currency", "paymentTerms");
    private static final List<String> PRODUCT_COLUMNS = List.of("code", "name", "unit", "listPrice", "currency",
            "minLeadTimeDays", "customAllowed");
    private static final List<String> REGION_COLUMNS = List.of("code", "name");
    private static final List<String> PARTNER_ITEM_COLUMNS = List.of("partner", "kind", "partnerItem",
            "productCode");
    private static final List<String> PARTNER_LOCATION_COLUMNS = List.of("partner", "code", "customer");
    private static final List<String> ORGANISATION_COLUMNS = List.of("user", "department", "manager");

    private final MasterDataDatabase db;
    private final CustomerService customers;
    private final ProductService products;
    private final RegionService regions;
    private final PartnerMappingService partners;
    private final OrganisationService organisation;

    @Activate
    public MasterDataImportServiceImpl(@Reference(target = MasterDataDatabase.UNIT) JpaTemplate jpa,
                                       @Reference SchemaMigrations migrations, @Reference CustomerService customers,
                                       @Reference ProductService products, @Reference RegionService regions,
                                       @Reference PartnerMappingService partners,
                                       @Reference OrganisationService organisation) {
        this.db = new MasterDataDatabase(jpa, migrations);
        this.customers = customers;
        this.products = products;
        this.regions = regions;
        this.partners = partners;
        this.organisation = organisation;
    }

    @Override
    public int importCsv(Kind kind, String csv, Actor actor) {
        // one import command and endpoint for every kind: who may write a kind is decided here, not by their ACLs
        MasterDataRules.requireWriter(actor, writer(kind), "importing " + kind.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        return switch (kind) {
            case REGIONS -> load(csv, REGION_COLUMNS, row -> new Region(row.text("code"), row.text("name")),
                    MasterDataRules::check, region -> regions.save(region, actor));
            case PRODUCTS -> load(csv, PRODUCT_COLUMNS, MasterDataImportServiceImpl::product, MasterDataRules::check,
                    product -> products.save(product, actor));
            case CUSTOMERS -> {
                Set<String> known = regions.list().stream().map(Region::code).collect(Collectors.toSet());
                yield load(csv, CUSTOMER_COLUMNS, MasterDataImportServiceImpl::customer,
                        customer -> MasterDataRules.check(customer, known), customer -> customers.save(customer, actor));
            }
            case PARTNER_ITEMS -> {
                Set<String> known = products.list().stream().map(Product::code).collect(Collectors.toSet());
                yield load(csv, PARTNER_ITEM_COLUMNS, MasterDataImportServiceImpl::partnerItem,
                        item -> MasterDataRules.check(item, known::contains), item -> partners.saveItem(item, actor));
            }
            case PARTNER_LOCATIONS -> {
                Set<String> known = customers.list().stream().map(Customer::id).collect(Collectors.toSet());
                yield load(csv, PARTNER_LOCATION_COLUMNS, MasterDataImportServiceImpl::partnerLocation,
                        location -> MasterDataRules.check(location, known::contains),
                        location -> partners.saveLocation(location, actor));
            }
            case ORGANISATION -> {
                // the rows in file order after the table's: a row closing a cycle is named with its row
                Map<String, String> managers = new HashMap<>();
                organisation.list().forEach(m -> managers.put(m.user(), m.manager()));
                yield load(csv, ORGANISATION_COLUMNS, row -> new OrgMember(row.text("user"), row.text("department"),
                        row.text("manager")), member -> checkInOrganisation(member, managers),
                        member -> organisation.put(member, actor));
            }
        };
    }

    private static String writer(Kind kind) {
        return switch (kind) {
            case CUSTOMERS, PRODUCTS, REGIONS -> Roles.SALES_MANAGER;
            case PARTNER_ITEMS, PARTNER_LOCATIONS -> PartnerMappingServiceImpl.WRITER;
            case ORGANISATION -> OrganisationServiceImpl.WRITER;
        };
    }

    /** The row on its own, then against the table with the file's rows before it: {@code managers} takes it. */
    private static void checkInOrganisation(OrgMember member, Map<String, String> managers) {
        MasterDataRules.check(member);
        List<String> cycle = MasterDataRules.cycle(member.user(), member.manager(), managers::get);
        if (!cycle.isEmpty()) {
            throw new ValidationException("manager", MasterDataRules.cycleProblem(cycle));
        }
        managers.put(member.user(), member.manager());
    }

    private <R> int load(String csv, List<String> required, Function<Row, R> read, Consumer<R> check,
                         Consumer<R> save) {
        List<R> records = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (CSVRecord record : parse(csv, required)) {
            Row row = new Row(record);
            R parsed = read.apply(row);
            try {
                check.accept(parsed); // also when a cell could not be read: every problem of the row at once
            } catch (ValidationException e) {
                e.problems().forEach(p -> row.problem(p.field(), p.problem())); // a cell's own problem comes first
            }
            if (row.problems.isEmpty()) {
                records.add(parsed);
            }
            problems.addAll(row.problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        db.tx(em -> {
            records.forEach(save); // each save joins this transaction: the file is kept whole or not at all
            return null;
        });
        return records.size();
    }

    private static List<CSVRecord> parse(String csv, List<String> required) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(csv))) {
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new ValidationException("header", "missing columns " + missing + "; the first line names the"
                        + " columns, at least " + required);
            }
            List<CSVRecord> rows = parser.getRecords();
            if (rows.isEmpty() || rows.size() > MAX_ROWS) {
                throw new ValidationException("file", "must have 1 to " + MAX_ROWS + " rows below its header");
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("file", "is not readable CSV: " + e.getMessage());
        }
    }

    private static Product product(Row row) {
        return new Product(row.text("code"), row.text("name"), row.text("unit"), row.money("listPrice", "currency"),
                row.number("minLeadTimeDays"), row.yes("customAllowed"), row.text("taxClass"));
    }

    private static Customer customer(Row row) {
        return new Customer(row.text("id"), row.text("name"), row.text("region"),
                new Contact(row.text("contactName"), row.text("contactPhone"), row.text("contactEmail")),
                row.text("language"), row.money("creditLimit", "currency"), row.text("paymentTerms"),
                row.deliveryAddress(), row.choice("invoiceTrigger", InvoiceTrigger.class),
                row.text("customerGroup"));
    }

    private static PartnerItem partnerItem(Row row) {
        return new PartnerItem(row.text("partner"), row.choice("kind", ItemIdKind.class), row.text("partnerItem"),
                row.text("productCode"), row.text("partnerUnit"),
                row.text("packSize") == null ? 1 : row.number("packSize"));
    }

    private static PartnerLocation partnerLocation(Row row) {
        return new PartnerLocation(row.text("partner"), row.text("code"), row.text("customer"), row.text("name"),
                row.deliveryAddress());
    }

    /** One row's cells, read with their problems named by row and column. */
    private static final class Row {
        private final CSVRecord record;
        private final List<FieldProblem> problems = new ArrayList<>();
        private final Set<String> reported = new HashSet<>();

        Row(CSVRecord record) {
            this.record = record;
        }

        /** The cell, null when the column is missing or the cell empty. */
        String text(String column) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
            if (value == null || value.isEmpty()) {
                return null;
            }
            String unsafe = Text.problem(value, false);
            if (unsafe != null) {
                problem(column, unsafe);
            }
            return value;
        }

        /** Null when the amount is missing (the rules name it then), a problem when it is not an amount. */
        Money money(String amount, String currency) {
            if (text(amount) == null) {
                return null;
            }
            try {
                return Money.of(text(amount), text(currency));
            } catch (IllegalArgumentException | NullPointerException e) {
                problem(amount, "must be an amount such as 25.00, with a currency such as CNY");
                return null;
            }
        }

        int number(String column) {
            try {
                return Integer.parseInt(String.valueOf(text(column)));
            } catch (NumberFormatException e) {
                problem(column, "must be a whole number, got '" + text(column) + "'");
                return 0;
            }
        }

        /** The constant of {@code type} the cell names, in any case; null for an empty cell. */
        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        /** The {@code delivery*} columns, all empty for none; a problem when some are given but no address made. */
        Address deliveryAddress() {
            List<String> cells = Stream.of("deliveryLine1", "deliveryLine2", "deliveryCity", "deliveryPostalCode",
                    "deliveryCountry").map(this::text).toList();
            if (cells.stream().allMatch(Objects::isNull)) {
                return null;
            }
            try {
                return new Address(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4));
            } catch (IllegalArgumentException e) {
                problem("deliveryAddress", e.getMessage());
                return null;
            }
        }

        boolean yes(String column) {
            String value = text(column);
            if (value == null || !value.matches("(?i)true|false|yes|no")) {
                problem(column, "must be true or false");
                return false;
            }
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
        }

        void problem(String column, String problem) {
            if (reported.add(column)) {
                problems.add(new FieldProblem("row " + (record.getRecordNumber() + 1) + " " + column, problem));
            }
        }
    }
}
