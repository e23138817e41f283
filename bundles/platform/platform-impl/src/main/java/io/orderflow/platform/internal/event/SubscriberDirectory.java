package io.orderflow.platform.internal.event;

import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Who should receive events: the live subscriber services, the subscribers listed in the manifests of installed
 * bundles (running or not), and those configured. What each wants is known from its service; it is remembered in
 * PLATFORM.EVENT_SUBSCRIBER to show in the views while the service is away.
 */
@Component(service = SubscriberDirectory.class, configurationPid = "orderflow.platform.subscribers")
@Designate(ocd = SubscriberDirectory.Config.class)
public final class SubscriberDirectory implements ExpectedSubscribers {

    @ObjectClassDefinition(name = "Orderflow event subscribers", description = "Subscribers whose events are kept for them")
    public @interface Config {
        @AttributeDefinition(description = "Subscriber ids expected besides those listed in the Orderflow-Subscribers"
                + " header of installed bundles, e.g. of a bundle not installed yet", required = false)
        String[] expectedSubscribers() default {};
    }

    /** A subscriber as the views show it. */
    public record Subscriber(String id, String bundle, Set<String> types, boolean live) {
    }

    private record Known(Set<String> types, String bundle) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberDirectory.class);

    @Reference(service = EventSubscriber.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Map.Entry<Map<String, Object>, EventSubscriber>> live;

    private final BundleContext context;
    private final DataSource dataSource;
    private final Set<String> configured;
    private final Map<String, Known> remembered = new ConcurrentHashMap<>();

    @Activate
    public SubscriberDirectory(BundleContext context,
                               @Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource,
                               @Reference SchemaMigrations schema, Config config) throws SQLException {
        this.context = context;
        this.dataSource = dataSource;
        this.configured = new LinkedHashSet<>(Arrays.asList(config.expectedSubscribers()));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT ID, EVENT_TYPES, BUNDLE FROM PLATFORM.EVENT_SUBSCRIBER");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                remembered.put(rs.getString(1), new Known(commaSeparated(rs.getString(2)), rs.getString(3)));
            }
        }
    }

    /** {@inheritDoc} Remembers the live subscribers whose types or bundle changed. */
    @Override
    public Map<String, Set<String>> expected() {
        Map<String, Set<String>> expected = new HashMap<>();
        // Away (stopped, updating, not started yet): every event is kept for it, since the version that comes back may
        // want more types than the one that left; it passes over the others then.
        for (String id : declaredOrConfigured()) {
            expected.put(id, null);
        }
        for (Map.Entry<Map<String, Object>, EventSubscriber> entry : liveServices()) {
            EventSubscriber subscriber = entry.getValue();
            Known now = new Known(new TreeSet<>(subscriber.eventTypes()), bundleName(entry.getKey()));
            if (!now.equals(remembered.get(subscriber.subscriberId()))) {
                remember(subscriber.subscriberId(), now);
            }
            expected.put(subscriber.subscriberId(), now.types());
        }
        return expected;
    }

    /** Every subscriber expected or seen, with what is known of it. */
    public List<Subscriber> all() {
        Map<String, Subscriber> all = new TreeMap<>();
        remembered.forEach((id, known) -> all.put(id, new Subscriber(id, known.bundle(), known.types(), false)));
        for (String id : declaredOrConfigured()) {
            all.putIfAbsent(id, new Subscriber(id, declaringBundle(id), Set.of(), false));
        }
        for (Map.Entry<Map<String, Object>, EventSubscriber> entry : liveServices()) {
            EventSubscriber s = entry.getValue();
            all.put(s.subscriberId(), new Subscriber(s.subscriberId(), bundleName(entry.getKey()),
                    new TreeSet<>(s.eventTypes()), true));
        }
        return List.copyOf(all.values());
    }

    private List<Map.Entry<Map<String, Object>, EventSubscriber>> liveServices() {
        List<Map.Entry<Map<String, Object>, EventSubscriber>> current = live;
        return current == null ? List.of() : current;
    }

    private Set<String> declaredOrConfigured() {
        Set<String> ids = new LinkedHashSet<>(configured);
        for (Bundle bundle : context.getBundles()) {
            ids.addAll(declaredBy(bundle));
        }
        return ids;
    }

    private String declaringBundle(String id) {
        for (Bundle bundle : context.getBundles()) {
            if (declaredBy(bundle).contains(id)) {
                return bundle.getSymbolicName();
            }
        }
        return "(configured)";
    }

    private static Set<String> declaredBy(Bundle bundle) {
        String header = bundle.getState() == Bundle.UNINSTALLED ? null : bundle.getHeaders().get(EventSubscriber.MANIFEST_HEADER);
        return header == null ? Set.of() : commaSeparated(header);
    }

    private String bundleName(Map<String, Object> properties) {
        Bundle bundle = context.getBundle((Long) properties.get(Constants.SERVICE_BUNDLEID));
        return bundle == null ? "(gone)" : bundle.getSymbolicName();
    }

    /** Remembers what a subscriber wants, for the views; a failure here must not stop the delivery of events. */
    private void remember(String id, Known known) {
        try {
            write(id, known);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Cannot remember subscriber {} with types {}", id, known.types(), e);
        }
    }

    private void write(String id, Known known) throws SQLException {
        String types = String.join(",", known.types());
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE PLATFORM.EVENT_SUBSCRIBER SET EVENT_TYPES = ?, BUNDLE = ?, LAST_SEEN = ? WHERE ID = ?")) {
            update.setString(1, types);
            update.setString(2, known.bundle());
            update.setTimestamp(3, now);
            update.setString(4, id);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO PLATFORM.EVENT_SUBSCRIBER (EVENT_TYPES, BUNDLE, LAST_SEEN, ID) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, types);
                    insert.setString(2, known.bundle());
                    insert.setTimestamp(3, now);
                    insert.setString(4, id);
                    insert.executeUpdate();
                }
            }
        }
        remembered.put(id, known);
    }

    private static Set<String> commaSeparated(String commaList) {
        Set<String> result = new TreeSet<>();
        for (String part : commaList.split(",")) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }
}
