package io.orderflow.platform.internal.health;

import java.util.Set;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Orderflow is UP once Karaf has finished installing its boot features, every bundle of every installed
 * {@code orderflow*} feature is active, and every component of the Orderflow bundles is satisfied or active. That
 * covers the admin bootstrap and the demo data (components doing their work on activation) and every department and
 * route bundle with the folders and services it sets up when it activates.
 */
@Component(service = HealthCheck.class)
public final class HealthCheck {

    static final String BUNDLE_PREFIX = "io.orderflow.";
    static final String FEATURE_PREFIX = "orderflow";
    private static final Set<Integer> HEALTHY = Set.of(ComponentConfigurationDTO.SATISFIED, ComponentConfigurationDTO.ACTIVE);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BootFinished bootFinished;

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final FeaturesService features;

    @Activate
    public HealthCheck(BundleContext context, @Reference ServiceComponentRuntime scr,
                       @Reference FeaturesService features) {
        this.context = context;
        this.scr = scr;
        this.features = features;
    }

    public boolean isUp() {
        if (bootFinished == null) {
            return false;
        }
        try {
            for (Feature feature : features.listInstalledFeatures()) {
                if (feature.getName().startsWith(FEATURE_PREFIX) && !isActive(feature)) {
                    return false;
                }
            }
        } catch (Exception e) {
            return false;
        }
        for (Bundle bundle : context.getBundles()) {
            if (isOrderflow(bundle) && !isReady(bundle)) {
                return false;
            }
        }
        return true;
    }

    private boolean isActive(Feature feature) {
        for (BundleInfo info : feature.getBundles()) {
            if (info.isDependency() || !info.isStart()) {
                continue;
            }
            Bundle bundle = context.getBundle(info.getLocation());
            if (bundle == null || !isFragment(bundle) && bundle.getState() != Bundle.ACTIVE) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static boolean isOrderflow(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name != null && name.startsWith(BUNDLE_PREFIX) && !isFragment(bundle);
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
