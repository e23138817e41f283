package io.orderflow.masterdata.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Per EDI partner, what its item numbers and location codes mean: read by every department and the EDI gateway,
 * written by {@code integration} (or admin). A partner is named by its profile's name; the tables outlive the
 * profile (the gateway lists those left without one as orphaned).
 */
@ProviderType
public interface PartnerMappingService {

    /** The partner's item cross-reference, by kind and partner item number; empty for an unknown partner. */
    List<PartnerItem> items(String partner);

    /** What the partner's item number of this kind means, if it has been mapped. */
    Optional<PartnerItem> item(String partner, ItemIdKind kind, String partnerItem);

    /**
     * Creates or replaces the mapping of (partner, kind, partnerItem), audited ({@code PARTNER_ITEM_SAVED}).
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem, the product unknown included
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not change partner tables
     */
    PartnerItem saveItem(PartnerItem item, Actor actor);

    /**
     * Removes the mapping of (partner, kind, partnerItem), audited ({@code PARTNER_ITEM_REMOVED}).
     *
     * @return false when there was none
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not change partner tables
     */
    boolean removeItem(String partner, ItemIdKind kind, String partnerItem, Actor actor);

    /** The partner's locations, by code; empty for an unknown partner. */
    List<PartnerLocation> locations(String partner);

    /** What the partner's location code means, if it has been mapped. */
    Optional<PartnerLocation> location(String partner, String code);

    /**
     * Creates or replaces the location (partner, code), audited ({@code PARTNER_LOCATION_SAVED}).
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem, the customer unknown included
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not change partner tables
     */
    PartnerLocation saveLocation(PartnerLocation location, Actor actor);

    /**
     * Removes the location (partner, code), audited ({@code PARTNER_LOCATION_REMOVED}).
     *
     * @return false when there was none
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not change partner tables
     */
    boolean removeLocation(String partner, String code, Actor actor);

    /** The partners that have an item or a location, by name, with the sizes of their tables. */
    List<PartnerTables> partners();
}
