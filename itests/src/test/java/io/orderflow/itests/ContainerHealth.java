package io.orderflow.itests;

import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Waits, inside the container, until Orderflow answers healthy. A container that does not become healthy in time
 * fails its test with what is not ready (bundles, components and their failures), and every later test of the same
 * container at once with the same message, instead of waiting again for each.
 */
public final class ContainerHealth {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static volatile String down;

    private ContainerHealth() {
    }

    public static void await(Http http) {
        if (down != null) {
            fail(down);
        }
        try {
            Awaitility.await().atMost(WAIT).until(() -> http.get("/platform/health", null, null).status() == 200);
        } catch (ConditionTimeoutException e) {
            down = "Orderflow was not healthy within " + WAIT.toMinutes() + " minutes on HTTP port "
                    + OrderflowKaraf.httpPort() + "; not ready: " + notReady();
            fail(down);
        }
    }

    private static List<String> notReady() {
        BundleContext context = FrameworkUtil.getBundle(ContainerHealth.class).getBundleContext();
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("io.orderflow.")
                    && bundle.getState() != Bundle.ACTIVE && bundle.getHeaders().get("Fragment-Host") == null) {
                problems.add("bundle " + bundle.getSymbolicName() + " in state " + bundle.getState());
            }
        }
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = reference == null ? null : context.getService(reference);
        if (scr == null) {
            problems.add("no Declarative Services runtime");
            return problems;
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (!description.bundle.symbolicName.startsWith("io.orderflow.")) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state != ComponentConfigurationDTO.ACTIVE
                        && configuration.state != ComponentConfigurationDTO.SATISFIED) {
                    problems.add("component " + description.name + " in state " + configuration.state
                            + (configuration.failure == null ? "" : ": " + configuration.failure.lines().findFirst().orElse("")));
                }
            }
        }
        return problems;
    }
}
