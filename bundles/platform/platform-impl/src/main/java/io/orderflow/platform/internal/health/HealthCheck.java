package io.orderflow.platform.internal.health;

import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Orderflow is UP when every installed Orderflow bundle is active and every one of their components is satisfied or
 * active. That covers the admin bootstrap and the demo data, which are components doing their work on activation,
 * and every department and route bundle with the folders and services it sets up when it activates.
 */
@Component(service = HealthCheck.class)
public final class HealthCheck {

    static final String BUNDLE_PREFIX = "io.orderflow.";
    private static final Set<Integer> HEALTHY = Set.of(ComponentConfigurationDTO.SATISFIED, ComponentConfigurationDTO.ACTIVE);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Activate
    public HealthCheck(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    public boolean isUp() {
        for (Bundle bundle : context.getBundles()) {
            if (isOrderflow(bundle) && !isReady(bundle)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOrderflow(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name != null && name.startsWith(BUNDLE_PREFIX) && bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null;
    }

    private boolean isReady(Bundle bundle) {
        if (bundle.getState() != Bundle.ACTIVE) {
            return false;
        }
        if (bundle.getHeaders().get("Service-Component") == null) {
            return true;
        }
        var descriptions = scr.getComponentDescriptionDTOs(bundle);
        if (descriptions.isEmpty()) {
            return false; // SCR has not processed the bundle yet
        }
        for (ComponentDescriptionDTO description : descriptions) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (!HEALTHY.contains(configuration.state)) {
                    return false;
                }
            }
        }
        return true;
    }

}
