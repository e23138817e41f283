package io.orderflow.platform.testkit;

import io.orderflow.platform.api.audit.AuditEntry;
import io.orderflow.platform.api.audit.AuditQuery;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.platform.internal.sequence.NumberSequencesImpl;
import io.orderflow.platform.internal.tx.TransactionsImpl;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A department's persistence outside OSGi, for its persistence tests: a fresh {@code jdbc:derby:memory:} database,
 * the department's own {@code META-INF/persistence.xml} unit on it (the OSGi JNDI data source replaced by the Derby
 * one, the shared cache off so that every read comes from the database), the platform's own {@link Transactions} and
 * {@link NumberSequences} on it, and the other platform services the department's classes take, as small stand-ins:
 * a template running each call in a resource-local transaction (a call inside another joins it, unless it asks for a
 * new one), migrations that apply the department's shipped {@code db/<SCHEMA>} scripts in version order, and an
 * audit trail and outbox that keep what they are handed in a transaction once it commits. A department that reaches
 * its schema by plain JDBC alone ({@link #withoutUnit}) takes the database, the migrations and the transactions.
 * {@link #close()} drops the database.
 */
public final class InMemoryDepartment implements AutoCloseable {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__\\w+\\.sql");

    private final String name;
    private final DataSource dataSource;
    private final EntityManagerFactory emf;
    private final Transactions transactions;
    private final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    private final List<EventPayload> events = new CopyOnWriteArrayList<>();
    /** Per schema, the last script version applied. */
    private final Map<String, Integer> appliedVersions = new HashMap<>();
    /** The transaction open on this thread, if any. */
    private final ThreadLocal<Open> current = new ThreadLocal<>();

    /** A template transaction: its entity manager, and what the audit trail and outbox keep when it commits. */
    private record Open(EntityManager em, List<Runnable> onCommit) {
    }

    /** @param unit the department's persistence unit, e.g. {@code orderflow-warehouse-transfer} */
    public InMemoryDepartment(String unit) {
        this(unit, true);
    }

    /** @param name names the database, e.g. {@code edi}; {@link #jpa()} is not for this department */
    public static InMemoryDepartment withoutUnit(String name) {
        return new InMemoryDepartment(name, false);
    }

    private InMemoryDepartment(String unit, boolean jpa) {
        name = "memory:" + unit + "-" + UUID.randomUUID();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        dataSource = ds;
        transactions = new TransactionsImpl(ds);
        emf = jpa ? new PersistenceProvider().createEntityManagerFactory(unit, Map.of(
                "javax.persistence.nonJtaDataSource", ds, "eclipselink.cache.shared.default", "false")) : null;
        if (jpa && emf == null) {
            throw new IllegalStateException("no unit " + unit + " on the class path");
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** What the department recorded in the audit trail and committed, in order. */
    public List<AuditRecord> audit() {
        return audit;
    }

    /** The payloads of the events the department appended and committed, in order. */
    public List<EventPayload> events() {
        return events;
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(name);
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            throw new IllegalStateException("Derby did not drop " + name);
        } catch (SQLException dropped) {
            // 08006: the in-memory database was dropped, as asked
            if (!"08006".equals(dropped.getSQLState())) {
                throw new IllegalStateException(dropped);
            }
        }
    }

    public JpaTemplate jpa() {
        if (emf == null) {
            throw new IllegalStateException(name + " has no persistence unit");
        }
        return new JpaTemplate() {
            @Override
            public <R> R txExpr(TransactionType type, EmFunction<R> work) {
                Open open = current.get();
                if (open != null && type != TransactionType.RequiresNew) {
                    return work.apply(open.em()); // joins the transaction open on this thread, as Aries JPA does
                }
                EntityManager em = emf.createEntityManager();
                EntityTransaction tx = em.getTransaction();
                Open mine = new Open(em, new ArrayList<>());
                current.set(mine);
                try {
                    tx.begin();
                    R result = work.apply(em);
                    tx.commit();
                    mine.onCommit().forEach(Runnable::run);
                    return result;
                } finally {
                    current.set(open);
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    em.close();
                }
            }

            @Override
            public void tx(TransactionType type, EmConsumer work) {
                txExpr(type, em -> {
                    work.accept(em);
                    return null;
                });
            }

            @Override
            public <R> R txExpr(EmFunction<R> work) {
                return txExpr(TransactionType.Required, work);
            }

            @Override
            public void tx(EmConsumer work) {
                tx(TransactionType.Required, work);
            }
        };
    }

    /** The platform's own: retries on Derby's transient states, duplicate keys, savepoints, JDBC transactions. */
    public Transactions transactions() {
        return transactions;
    }

    /** The platform's own gap-free yearly numbers, in the caller's transaction, on the PLATFORM schema it ships. */
    public NumberSequences sequences() {
        SchemaMigrations migrations = migrations();
        migrations.migrateShipped("PLATFORM", NumberSequencesImpl.class);
        return new NumberSequencesImpl(migrations, transactions);
    }

    public SchemaMigrations migrations() {
        return new SchemaMigrations() {
            @Override
            public List<Integer> migrate(String schema, Collection<URL> scripts) {
                throw new UnsupportedOperationException();
            }

            @Override
            public synchronized List<Integer> migrateShipped(String schema, Class<?> anchor) {
                // each component of a department migrates its schema: as the platform's runner, apply a version once
                URL folder = anchor.getClassLoader().getResource("db/" + schema);
                // a dependency's scripts (the platform's) are read from its jar; the department's own from its folder
                try (FileSystem jar = "jar".equals(folder.getProtocol())
                        ? FileSystems.newFileSystem(folder.toURI(), Map.of()) : null) {
                    List<Integer> applied = new ArrayList<>();
                    for (Path script : scripts(Path.of(folder.toURI()))) {
                        Matcher name = SCRIPT.matcher(script.getFileName().toString());
                        int version = name.matches() ? Integer.parseInt(name.group(1)) : 0;
                        if (version > appliedVersions.getOrDefault(schema, 0)) {
                            run(script);
                            appliedVersions.put(schema, version);
                            applied.add(version);
                        }
                    }
                    return applied;
                } catch (IOException | URISyntaxException e) {
                    throw new IllegalStateException("cannot list " + folder, e);
                }
            }
        };
    }

    private static List<Path> scripts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted(Comparator.comparingInt(InMemoryDepartment::version)).toList();
        }
    }

    private static int version(Path script) {
        Matcher name = SCRIPT.matcher(script.getFileName().toString());
        return name.matches() ? Integer.parseInt(name.group(1)) : Integer.MAX_VALUE;
    }

    /** Statements end with a semicolon; lines starting with {@code --} are comments. */
    private void run(Path script) {
        try (InputStream in = Files.newInputStream(script); Connection c = dataSource.getConnection();
             Statement s = c.createStatement()) {
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            for (String statement : text.toString().split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement.strip());
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("script " + script.getFileName() + " failed", e);
        }
    }

    public AuditTrail auditTrail() {
        return new AuditTrail() {
            @Override
            public void record(Connection transaction, AuditRecord record) {
                whenCommitted(() -> audit.add(record));
            }

            @Override
            public void record(AuditRecord record) {
                audit.add(record);
            }

            @Override
            public List<AuditEntry> find(AuditQuery query) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public EventOutbox outbox() {
        return new EventOutbox() {
            @Override
            public void append(Connection transaction, DomainEvent event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public DomainEvent append(Connection transaction, String aggregateId, Instant occurredAt,
                                      EventPayload payload) {
                whenCommitted(() -> events.add(payload));
                return null;
            }
        };
    }

    /** Runs {@code keep} when the template transaction open on this thread commits; at once when none is open. */
    private void whenCommitted(Runnable keep) {
        Open open = current.get();
        if (open == null) {
            keep.run();
        } else {
            open.onCommit().add(keep);
        }
    }
}
