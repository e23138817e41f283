package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.Warehouse;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "WAREHOUSE", name = "WAREHOUSE")
public class WarehouseEntity {

    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "NAME")
    private String name;
    @Column(name = "REGION")
    private String region;
    @Column(name = "PRIORITY")
    private int priority;

    protected WarehouseEntity() {
    }

    public WarehouseEntity(Warehouse warehouse) {
        code = warehouse.code();
        name = warehouse.name();
        region = warehouse.region();
        priority = warehouse.priority();
    }

    /** The code stays; the rest is the warehouse's new description. */
    public void replace(Warehouse warehouse) {
        name = warehouse.name();
        region = warehouse.region();
        priority = warehouse.priority();
    }

    public Warehouse toRecord() {
        return new Warehouse(code, name, region, priority);
    }
}
