package io.orderflow.masterdata.internal.jpa;

import io.orderflow.masterdata.api.Region;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "MASTER_DATA", name = "REGION")
public class RegionEntity implements MasterDataEntity<Region> {

    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "NAME")
    private String name;

    protected RegionEntity() {
    }

    public RegionEntity(String code) {
        this.code = code;
    }

    @Override
    public void update(Region region) {
        name = region.name();
    }

    @Override
    public Region toRecord() {
        return new Region(code, name);
    }
}
