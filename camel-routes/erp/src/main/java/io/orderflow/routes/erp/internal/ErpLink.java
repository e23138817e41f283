package io.orderflow.routes.erp.internal;

import io.orderflow.finance.api.PostingQueue;
import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.routes.kit.RouteContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ERP link: once an address is configured, finance's postings are sent to the ERP's journal service by the route
 * {@code erp.post} (Camel context {@code orderflow-erp}). A changed configuration restarts the link; without an
 * address it does not run, and the postings wait PENDING.
 */
@Component(configurationPid = ErpSettings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ErpSettings.class)
public final class ErpLink {

    private static final Logger LOG = LoggerFactory.getLogger(ErpLink.class);

    /** Finance's queue, held dynamically: while finance is away the looks do nothing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PostingQueue queue;
    /** Null while no address is configured. */
    private final RouteContext camel;

    @Activate
    public ErpLink(BundleContext bundle, ErpSettings settings, @Reference AllowedPaths paths) throws Exception {
        if (settings.address().isBlank()) {
            LOG.info("ERP link not running: {} names no address; the postings wait", ErpSettings.PID);
            this.camel = null;
            return;
        }
        JournalClient journal = new JournalClient(settings,
                TrustedCertificates.named(settings.trustedCertificates(), paths));
        ErpDispatch dispatch = new ErpDispatch(() -> queue, journal, settings, System::currentTimeMillis);
        this.camel = RouteContext.open(bundle, ErpRoutes.FLOW, new ErpRoutes(dispatch, settings.pollDelayMillis()));
        LOG.info("ERP link to {} started{}", JournalClient.checkedAddress(settings.address()),
                settings.username().isBlank() ? "" : " as " + settings.username());
    }

    @Deactivate
    void stop() {
        if (camel != null) {
            camel.close();
        }
    }
}
