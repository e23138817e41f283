package io.orderflow.masterdata.internal;

import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.OrganisationService;
import io.orderflow.masterdata.internal.domain.MasterDataRules;
import io.orderflow.masterdata.internal.jpa.OrgMemberEntity;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ValidationException;
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

/** The organisation table, written by {@code admin}: no row may make anyone their own manager through others. */
@Component(service = OrganisationService.class)
public final class OrganisationServiceImpl implements OrganisationService {

    static final String WRITER = Roles.ADMIN;

    private final MasterDataDatabase db;
    private final MasterDataTable<String, OrgMember, OrgMemberEntity> members;

    @Activate
    public OrganisationServiceImpl(@Reference(target = MasterDataDatabase.UNIT) JpaTemplate jpa,
                                   @Reference SchemaMigrations migrations, @Reference AuditTrail audit,
                                   @Reference BusinessClock clock) {
        this.db = new MasterDataDatabase(jpa, migrations);
        this.members = new MasterDataTable<>(db, audit, clock, OrgMemberEntity.class, OrgMemberEntity::new, WRITER,
                "ORG_MEMBER", "user");
    }

    @Override
    public OrgMember put(OrgMember member, Actor actor) {
        MasterDataRules.requireWriter(actor, WRITER, "changing the organisation");
        MasterDataRules.check(member);
        return db.tx(em -> {
            // walked inside the transaction that saves, so rows saved before in it (a file's) count
            List<String> cycle = MasterDataRules.cycle(member.user(), member.manager(), user -> {
                OrgMemberEntity row = em.find(OrgMemberEntity.class, user);
                return row == null ? null : row.manager();
            });
            if (!cycle.isEmpty()) {
                throw new ValidationException("manager", MasterDataRules.cycleProblem(cycle));
            }
            return members.save(member.user(), member, actor, member.department() + ", manager "
                    + (member.manager() == null ? "none" : member.manager()));
        });
    }

    @Override
    public Optional<OrgMember> find(String user) {
        return user == null ? Optional.empty() : members.find(user);
    }

    @Override
    public List<OrgMember> list() {
        return members.list();
    }
}
