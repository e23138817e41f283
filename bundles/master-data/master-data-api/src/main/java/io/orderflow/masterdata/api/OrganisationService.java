package io.orderflow.masterdata.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The organisation table (who reports to whom): read by every department, written by {@code admin}. */
@ProviderType
public interface OrganisationService {

    /**
     * Creates or replaces the row of {@code member.user()}, audited ({@code ORG_MEMBER_SAVED}).
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem; field {@code manager} when
     *         the person would be their own manager, directly or through others (the cycle named, e.g.
     *         {@code ann → bob → ann})
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor is not {@code admin}
     */
    OrgMember put(OrgMember member, Actor actor);

    /** The row of this user, if there is one. */
    Optional<OrgMember> find(String user);

    /** Every row, by user. */
    List<OrgMember> list();
}
