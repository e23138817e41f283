package io.orderflow.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam runs the tests inside the real Orderflow distribution (the karaf-assembly tar.gz, booting the orderflow
 * feature on Derby), on free loopback ports (so that it can run beside a developer's Orderflow, and never meets the
 * ports of a container still shutting down), and with test users.
 */
public final class OrderflowKaraf {

    private static final String HTTP_PORT = "orderflow.it.httpPort";

    /** Test users: name → password and roles, as Karaf's users.properties writes them. */
    public static final Map<String, String> USERS = Map.ofEntries(
            Map.entry("ann", "annpw,sales-rep,ssh"),
            Map.entry("sam", "sampw,sales-assistant,ssh"),
            Map.entry("sue", "suepw,sales-assistant,ssh"),
            Map.entry("mia", "miapw,sales-manager,ssh"),
            Map.entry("bob", "bobpw,warehouse,ssh"),
            Map.entry("carol", "carolpw,auditor,ssh"),
            Map.entry("fred", "fredpw,finance,ssh"),
            Map.entry("fiona", "fionapw,finance,ssh"),
            Map.entry("pete", "petepw,production-planner,ssh"),
            Map.entry("vic", "vicpw,vp-marketing,ssh"),
            Map.entry("cora", "corapw,cfo,ssh"),
            Map.entry("paul", "paulpw,president,ssh"),
            Map.entry("dan", "danpw,sales-director,ssh"),
            Map.entry("max", "maxpw,sales-manager,sales-director,ssh"),
            Map.entry("vera", "verapw,production-vp,ssh"),
            Map.entry("quinn", "quinnpw,quality,ssh"),
            Map.entry("marta", "martapw,marketing-manager,ssh"),
            Map.entry("pat", "patpw,purchasing,ssh"),
            Map.entry("ivy", "ivypw,integration,ssh"),
            Map.entry("lena", "lenapw,logistics,ssh"),
            Map.entry("fritz", "fritzpw,fleet,ssh"),
            Map.entry("tess", "tesspw,sales-assistant,sales-manager,ssh"),
            Map.entry("lou", "loupw,auditor,ssh"));

    private OrderflowKaraf() {
    }

    public static Option[] options(Option... extra) {
        int http = FreePorts.next();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("io.orderflow", "orderflow-karaf-assembly", property("orderflow.version")).type("tar.gz"))
                        .karafVersion(property("karaf.version"))
                        .name("Orderflow")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                systemTimeout(180_000),
                // the container resolves the exam and test bundles from the build's own repository
                // (docs/platform-notes.md, pitfall 13)
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        property("maven.repo.local")),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
                // the tests run inside the container: they find the HTTP port there
                editConfigurationFilePut("etc/system.properties", HTTP_PORT, String.valueOf(http)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", port()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", port()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", port()),
                // a test may start while the boot features still install: injected services are waited for as long
                // as the health check before each test waits, not Pax Exam's default 10 s
                editConfigurationFilePut("etc/system.properties", "pax.exam.service.timeout", "120000"),
                mavenBundle("org.hamcrest", "hamcrest", property("hamcrest.version")),
                mavenBundle("org.awaitility", "awaitility", property("awaitility.version"))));
        // test users' hashes have few rounds to be quick; at the shipped 600,000 they would be upgraded at first login
        options.add(editConfigurationFilePut("etc/org.apache.karaf.jaas.cfg", "encryption.iterations",
                String.valueOf(TestPasswords.ITERATIONS)));
        USERS.forEach((user, entry) -> options.add(editConfigurationFilePut("etc/users.properties", user,
                TestPasswords.hashed(password(user)) + entry.substring(entry.indexOf(',')))));
        // test sizes (-Pstress) and report locations reach the tests, which run inside the container
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("orderflow.it.") || name.startsWith("orderflow.bench."))
                .forEach(name -> options.add(editConfigurationFilePut("etc/system.properties", name, System.getProperty(name))));
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }

    /** Change requests wait for a planner's answer by hand, not production's scheduler's, from the first start. */
    public static Option changeRequestsAnsweredByHand() {
        return editConfigurationFilePut("etc/orderflow.production.planning.cfg", "assessChanges", "false");
    }

    /** The HTTP port of the container the test runs in (0 outside a container, where no test runs). */
    public static int httpPort() {
        return Integer.getInteger(HTTP_PORT, 0);
    }

    private static String port() {
        return String.valueOf(FreePorts.next());
    }

    public static String password(String user) {
        return USERS.get(user).split(",")[0];
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (failsafe configuration)");
        }
        return value;
    }
}
