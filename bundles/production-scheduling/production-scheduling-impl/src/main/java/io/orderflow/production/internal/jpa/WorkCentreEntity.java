package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.WorkCentreInfo;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "PRODUCTION", name = "WORK_CENTRE")
public class WorkCentreEntity {

    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "NAME")
    private String name;
    @Column(name = "DAILY_MINUTES")
    private int dailyMinutes;

    protected WorkCentreEntity() {
    }

    public WorkCentreEntity(WorkCentreInfo info) {
        this.code = info.code();
        update(info);
    }

    public void update(WorkCentreInfo info) {
        name = info.name();
        dailyMinutes = info.dailyCapacityMinutes();
    }

    public WorkCentreInfo toRecord() {
        return new WorkCentreInfo(code, name, dailyMinutes);
    }
}
