package io.orderflow.routes.edi.internal.gateway;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.edi.internal.inbound.FileIntake;
import io.orderflow.routes.edi.internal.inbound.InterchangeProcessor;
import io.orderflow.routes.edi.internal.inbound.Departments;
import io.orderflow.routes.edi.internal.inbound.GatewayMasterData;
import io.orderflow.routes.edi.internal.inbound.Outcome;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.PartnerProfile;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.transport.FolderOutbox;
import io.orderflow.routes.edi.internal.transport.Outbox;
import io.orderflow.routes.edi.internal.transport.PartnerFolders;
import io.orderflow.routes.kit.RouteContext;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.salesorder.api.SalesOrderService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EDI gateway: owns the {@code orderflow-edi} Camel context and runs one inbound route per partner profile.
 * Profiles come and go with their configuration files; each partner's folders are created when it arrives.
 */
@Component(service = EdiGateway.class, immediate = true, configurationPid = EdiGateway.PID)
@Designate(ocd = EdiGateway.Config.class)
public final class EdiGateway {

    static final String PID = "orderflow.routes.edi.gateway";
    /** The flow's name in the Camel context's name and in its route ids. */
    static final String FLOW = "edi";

    @ObjectClassDefinition(name = "Orderflow EDI gateway", description = "Partner folders, limits and timings")
    public @interface Config {
        @AttributeDefinition(description = "Where the partners' folders are; empty for ${karaf.data}/edi")
        String baseDirectory() default "";

        @AttributeDefinition(min = "1", description = "Largest file taken, in bytes; a larger one is rejected unread")
        long maxFileBytes() default 10L * 1024 * 1024;

        @AttributeDefinition(min = "1", description = "Milliseconds between two looks into a partner's in/ folder")
        long pollDelayMillis() default 2000;

        @AttributeDefinition(min = "1", description = "A file is taken once its size and time stayed the same this"
                + " many milliseconds (it is completely written)")
        long readLockCheckMillis() default 1000;

        @AttributeDefinition(min = "1", description = "Hours after which a partner's missing acknowledgement of our"
                + " order response or dispatch advice is listed as overdue")
        int ackOverdueHours() default 24;

        @AttributeDefinition(min = "1", max = "100", description = "Attempts at a file whose handling fails before it"
                + " is moved to rejected/ with the reason (a department that is away does not count)")
        int maxAttempts() default 5;
    }

    private static final Logger LOG = LoggerFactory.getLogger(EdiGateway.class);

    private final GatewaySettings settings;
    private final EdiLedger ledger;
    /** The business clock's: partners' files are stamped in the business zone. */
    private final Clock clock;
    /** Sales and logistics may be stopped or updated while the gateway runs: files that need them then wait. */
    private final Departments departments = Departments.away();
    private final FileIntake intake;
    private final RouteContext routes;
    private final Map<String, Partner> partners = new ConcurrentHashMap<>();
    private boolean salesPresent;
    private boolean salesWasPresent;

    @Activate
    public EdiGateway(BundleContext bundleContext, @Reference EdiLedger ledger, @Reference AllowedPaths paths,
                      @Reference ProductService products, @Reference CustomerService customers,
                      @Reference PartnerMappingService partnerTables, @Reference UnmatchedStatuses unmatched,
                      @Reference BusinessClock time, Config config)
            throws Exception {
        settings = GatewaySettings.of(config, paths);
        clock = time.clock();
        this.ledger = ledger;
        intake = new FileIntake(ledger, new EdiReader(),
                new InterchangeProcessor(ledger, departments, unmatched,
                        new GatewayMasterData(products, customers, partnerTables, clock), clock), clock);
        routes = RouteContext.open(bundleContext, FLOW);
        LOG.info("EDI gateway started: partner folders under {}, files up to {} bytes", settings.base(),
                settings.maxFileBytes());
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSalesOrders(SalesOrderService service) {
        departments.sales().bind(service);
        noticeSales();
    }

    void unbindSalesOrders(SalesOrderService service) {
        departments.sales().unbind(service);
        noticeSales();
    }

    /** Carriers' statuses go to logistics; while it is away, a partner's file that brings some waits (PartnerRoutes). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindTracking(TrackingService service) {
        departments.logistics().bind(service);
    }

    void unbindTracking(TrackingService service) {
        departments.logistics().unbind(service);
    }

    /** One line when sales goes away and one when it is back. */
    private synchronized void noticeSales() {
        boolean present = departments.sales().present();
        if (present == salesPresent) {
            return;
        }
        salesPresent = present;
        if (!present) {
            LOG.warn("Sales is away (stopped or being updated): partners' files wait in their in/ folders until it is"
                    + " back");
        } else if (salesWasPresent) {
            LOG.info("Sales is back: partners' files are taken again");
        }
        salesWasPresent |= present;
    }

    @Reference(service = PartnerProfile.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addPartner(PartnerProfile profile) throws Exception {
        Partner partner = profile.partner();
        if (partners.putIfAbsent(partner.id(), partner) != null) {
            LOG.error("EDI partner {} is configured twice; the second profile is ignored", partner.id());
            return;
        }
        PartnerFolders folders = PartnerFolders.of(settings.base(), partner).create();
        routes.add(new PartnerRoutes(partner, folders, intake, settings, outbox(partner), departments, ledger,
                clock));
        if (partner.transport().sftp()) {
            routes.add(new SftpRoutes(partner, folders, settings));
        }
        LOG.info("EDI partner {} ({} {}): files from {}", partner.id(), partner.standard(), partner.version(),
                partner.transport().sftp() ? partner.transport().sftpUri() + "/" + partner.transport().sftpInbox()
                        + " through " + folders.folder(PartnerFolders.IN) : folders.folder(PartnerFolders.IN));
    }

    void removePartner(PartnerProfile profile) throws Exception {
        Partner partner = profile.partner();
        if (!partners.remove(partner.id(), partner)) {
            return;
        }
        for (String route : List.of(SftpRoutes.fetchRoute(partner.id()), SftpRoutes.sendRoute(partner.id()),
                PartnerRoutes.routeId(partner.id()))) {
            routes.remove(route); // the file in hand is finished first
        }
        LOG.info("EDI partner {} stopped", partner.id());
    }

    public Optional<Partner> partner(String id) {
        return Optional.ofNullable(partners.get(id));
    }

    public List<Partner> partners() {
        return partners.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public PartnerFolders folders(Partner partner) {
        return PartnerFolders.of(settings.base(), partner);
    }

    /** Where our files for the partner go. */
    public Outbox outbox(Partner partner) {
        return new FolderOutbox(folders(partner).folder(PartnerFolders.OUT));
    }

    /**
     * Takes an inbound interchange again from its kept file, for a partner whose profile is in force.
     *
     * @throws io.orderflow.platform.api.error.NotFoundException for no such interchange or no profile for its partner
     * @throws io.orderflow.platform.api.error.ConflictException when there is nothing to re-run
     */
    public Outcome rerun(long interchangeId) {
        return intake.rerun(interchangeId, partners::get, this::outbox);
    }

    public int ackOverdueHours() {
        return settings.ackOverdueHours();
    }

    @Deactivate
    void stop() {
        routes.close(); // files in hand are finished first
        LOG.info("EDI gateway stopped");
    }
}
