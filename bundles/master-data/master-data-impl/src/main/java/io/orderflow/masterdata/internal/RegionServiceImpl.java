package io.orderflow.masterdata.internal;

import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.masterdata.internal.domain.MasterDataRules;
import io.orderflow.masterdata.internal.jpa.RegionEntity;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RegionService.class)
public final class RegionServiceImpl implements RegionService {

    private final MasterDataTable<String, Region, RegionEntity> regions;

    @Activate
    public RegionServiceImpl(@Reference(target = MasterDataDatabase.UNIT) JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference AuditTrail audit,
                             @Reference BusinessClock clock) {
        this.regions = new MasterDataTable<>(new MasterDataDatabase(jpa, migrations), audit, clock,
                RegionEntity.class, RegionEntity::new, Roles.SALES_MANAGER, "REGION", "code");
    }

    @Override
    public Region save(Region region, Actor actor) {
        MasterDataRules.check(region);
        return regions.save(region.code(), region, actor, region.name());
    }

    @Override
    public Optional<Region> find(String code) {
        return regions.find(code);
    }

    @Override
    public List<Region> list() {
        return regions.list();
    }
}
