package io.orderflow.masterdata.internal;

import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.masterdata.api.PartnerTables;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.internal.domain.MasterDataRules;
import io.orderflow.masterdata.internal.jpa.PartnerItemEntity;
import io.orderflow.masterdata.internal.jpa.PartnerLocationEntity;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The EDI partners' item cross-references and location tables, written by {@code integration}. */
@Component(service = PartnerMappingService.class)
public final class PartnerMappingServiceImpl implements PartnerMappingService {

    static final String WRITER = Roles.INTEGRATION;
    private static final String STEP = "changing a partner's item or location table";

    private final MasterDataDatabase db;
    private final MasterDataTable<PartnerItemEntity.Key, PartnerItem, PartnerItemEntity> items;
    private final MasterDataTable<PartnerLocationEntity.Key, PartnerLocation, PartnerLocationEntity> locations;
    private final ProductService products;
    private final CustomerService customers;

    @Activate
    public PartnerMappingServiceImpl(@Reference(target = MasterDataDatabase.UNIT) JpaTemplate jpa,
                                     @Reference SchemaMigrations migrations, @Reference AuditTrail audit,
                                     @Reference ProductService products, @Reference CustomerService customers,
                                     @Reference BusinessClock clock) {
        this.db = new MasterDataDatabase(jpa, migrations);
        this.items = new MasterDataTable<>(db, audit, clock, PartnerItemEntity.class, PartnerItemEntity::new, WRITER,
                "PARTNER_ITEM", "partner", "kind", "partnerItem");
        this.locations = new MasterDataTable<>(db, audit, clock, PartnerLocationEntity.class,
                PartnerLocationEntity::new, WRITER, "PARTNER_LOCATION", "partner", "code");
        this.products = products;
        this.customers = customers;
    }

    @Override
    public List<PartnerItem> items(String partner) {
        return items.list("partner", partner);
    }

    @Override
    public Optional<PartnerItem> item(String partner, ItemIdKind kind, String partnerItem) {
        return itemKey(partner, kind, partnerItem).flatMap(items::find);
    }

    @Override
    public PartnerItem saveItem(PartnerItem item, Actor actor) {
        MasterDataRules.requireWriter(actor, WRITER, STEP);
        MasterDataRules.check(item, code -> products.find(code).isPresent());
        return items.save(itemKey(item.partner(), item.kind(), item.partnerItem()).orElseThrow(), item, actor,
                describe(item));
    }

    @Override
    public boolean removeItem(String partner, ItemIdKind kind, String partnerItem, Actor actor) {
        MasterDataRules.requireWriter(actor, WRITER, STEP);
        return itemKey(partner, kind, partnerItem)
                .flatMap(key -> items.remove(key, actor, PartnerMappingServiceImpl::describe)).isPresent();
    }

    @Override
    public List<PartnerLocation> locations(String partner) {
        return locations.list("partner", partner);
    }

    @Override
    public Optional<PartnerLocation> location(String partner, String code) {
        return locationKey(partner, code).flatMap(locations::find);
    }

    @Override
    public PartnerLocation saveLocation(PartnerLocation location, Actor actor) {
        MasterDataRules.requireWriter(actor, WRITER, STEP);
        MasterDataRules.check(location, id -> customers.find(id).isPresent());
        return locations.save(locationKey(location.partner(), location.code()).orElseThrow(), location, actor,
                describe(location));
    }

    @Override
    public boolean removeLocation(String partner, String code, Actor actor) {
        MasterDataRules.requireWriter(actor, WRITER, STEP);
        return locationKey(partner, code)
                .flatMap(key -> locations.remove(key, actor, PartnerMappingServiceImpl::describe)).isPresent();
    }

    @Override
    public List<PartnerTables> partners() {
        return db.tx(em -> {
            Map<String, Long> itemCounts = items.countBy("partner");
            Map<String, Long> locationCounts = locations.countBy("partner");
            TreeSet<String> partners = new TreeSet<>(itemCounts.keySet());
            partners.addAll(locationCounts.keySet());
            return partners.stream().map(partner -> new PartnerTables(partner,
                    itemCounts.getOrDefault(partner, 0L).intValue(),
                    locationCounts.getOrDefault(partner, 0L).intValue())).toList();
        });
    }

    /** Empty when a part is missing: a file's missing number matches nothing rather than failing the lookup. */
    private static Optional<PartnerItemEntity.Key> itemKey(String partner, ItemIdKind kind, String partnerItem) {
        return partner == null || kind == null || partnerItem == null ? Optional.empty()
                : Optional.of(new PartnerItemEntity.Key(partner, kind, partnerItem));
    }

    private static Optional<PartnerLocationEntity.Key> locationKey(String partner, String code) {
        return partner == null || code == null ? Optional.empty()
                : Optional.of(new PartnerLocationEntity.Key(partner, code));
    }

    private static String describe(PartnerItem item) {
        return "product " + item.productCode() + (item.partnerUnit() == null ? "" : ", unit " + item.partnerUnit())
                + ", pack size " + item.packSize();
    }

    private static String describe(PartnerLocation location) {
        return "customer " + location.customerId() + (location.name() == null ? "" : ", " + location.name())
                + ", delivery " + (location.deliveryAddress() == null ? "to the customer's default address"
                : location.deliveryAddress());
    }
}
