package io.orderflow.masterdata.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Regions as master data: read by every department, written by the sales manager. */
@ProviderType
public interface RegionService {

    /**
     * Creates or replaces a region, audited.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not change master data
     */
    Region save(Region region, Actor actor);

    /** The region with this code, if there is one. */
    Optional<Region> find(String code);

    /** All regions, by code. */
    List<Region> list();
}
