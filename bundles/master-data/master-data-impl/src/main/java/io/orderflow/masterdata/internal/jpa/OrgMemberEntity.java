package io.orderflow.masterdata.internal.jpa;

import io.orderflow.masterdata.api.OrgMember;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "MASTER_DATA", name = "ORG_MEMBER")
public class OrgMemberEntity implements MasterDataEntity<OrgMember> {

    @Id
    @Column(name = "USER_NAME")
    private String user;
    @Column(name = "DEPARTMENT")
    private String department;
    @Column(name = "MANAGER")
    private String manager;

    protected OrgMemberEntity() {
    }

    public OrgMemberEntity(String user) {
        this.user = user;
    }

    public String manager() {
        return manager;
    }

    @Override
    public void update(OrgMember member) {
        department = member.department();
        manager = member.manager();
    }

    @Override
    public OrgMember toRecord() {
        return new OrgMember(user, department, manager);
    }
}
