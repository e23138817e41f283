package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.forward.ExplicitPortForwardingTracker;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * The first part of {@link DistributionIT}: {@code bin/orderflow} in a separate process becomes healthy within 60 s
 * and prints where to point a browser; an order survives a stop and a start. And what the hostile test found on a
 * fresh distribution, refused there: SFTP and port forwarding over SSH, files readable by everyone, unsalted password
 * hashes, an initial password file kept for ever, no HTTPS, a root account not warned about.
 */
final class DistributionRestart {

    private static final Duration READY_LIMIT = Duration.ofSeconds(60);
    private static final int HTTPS_PORT = FreePorts.next();
    private static final String KEYSTORE_PASSWORD = "test-only-keystore";

    private DistributionRestart() {
    }

    /** Before the first start: a user with an unsalted hash of Karaf's old basic encryption, and HTTPS on. */
    static void prepare(OrderflowProcess orderflow) throws Exception {
        Files.writeString(orderflow.home().resolve("etc/users.properties"), "legacy = {CRYPT}"
                + sha256("legacy-pw") + "{CRYPT},auditor\n", StandardOpenOption.APPEND);
        enableHttps(orderflow);
    }

    /**
     * Starts the fresh installation, stops it and starts it again, and leaves it running.
     *
     * @return the admin's password, changed over SSH on the way
     */
    static String becomesHealthyWithinAMinuteAndKeepsOrdersAcrossARestart(OrderflowProcess orderflow)
            throws Exception {
        long started = System.nanoTime();
        orderflow.start();
        String ready = orderflow.awaitReady(READY_LIMIT);
        long firstBootMs = (System.nanoTime() - started) / 1_000_000;
        assertContains(ready, "REST API at http://127.0.0.1:" + orderflow.httpPort() + "/api/");
        assertContains(String.join("\n", orderflow.consoleLines()), "data/orderflow/initial-admin-password");

        Http http = orderflow.http();
        assertEquals(200, http.get("/platform/health", null, null).status());
        String password = orderflow.adminPassword();
        Http.Reply created = http.post("/sales-order/orders", Http.json(Orders.ledLamps("PO-RESTART-1")), "admin", password);
        assertEquals(created.body(), 201, created.status());
        JsonNode order = created.json();
        long rssKib = orderflow.residentKib();

        theInstallationIsPrivateToItsAccount(orderflow);
        assertEquals("HTTPS answers on loopback", 200, httpsHealth(orderflow));
        anOldHashIsUpgradedAtTheFirstLogin(orderflow);
        String newPassword = sshGivesAShellOnly(orderflow, password);
        assertEquals(200, http.get("/sales-order/orders/" + order.get("number").asText(), "admin", newPassword).status());
        assertFalse("the initial password file is gone once the password was changed",
                Files.exists(orderflow.home().resolve("data/orderflow/initial-admin-password")));

        orderflow.stop(Duration.ofSeconds(60));
        assertEquals("the port is free once stopped", -1, statusOrMinusOne(http));

        started = System.nanoTime();
        orderflow.start();
        orderflow.awaitReady(READY_LIMIT);
        long restartMs = (System.nanoTime() - started) / 1_000_000;
        Http.Reply reread = http.get("/sales-order/orders/" + order.get("number").asText(), "admin", newPassword);
        assertEquals(200, reread.status());
        assertEquals(order, reread.json());
        assertFalse("no new initial password", Files.exists(orderflow.home().resolve(
                "data/orderflow/initial-admin-password")));
        assertContains(String.join("\n", orderflow.consoleLines()), "the initial password file was deleted");

        System.out.printf("forked distribution: first boot to ready %d ms, restart to ready %d ms, RSS after first"
                + " boot and one order %d MiB%n", firstBootMs, restartMs, rssKib / 1024);
        return newPassword;
    }

    /** Finding 5: users.properties and data/ readable by all, no word about running as root, a shutdown port. */
    private static void theInstallationIsPrivateToItsAccount(OrderflowProcess orderflow) throws Exception {
        Path home = orderflow.home();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("etc/users.properties"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("data"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                home.resolve("data/orderflow/initial-admin-password"))));
        boolean root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        String log = Files.readString(home.resolve("data/log/karaf.log"));
        assertEquals("a warning exactly when running as root", root, log.contains("Orderflow runs as root"));
        assertEquals(root, String.join("\n", orderflow.consoleLines()).contains("runs as root"));
        assertFalse("no shutdown port", Files.exists(home.resolve("data/port")));
    }

    /** Finding 5: unsalted SHA-256 hashes; an old one opens its account once and is replaced by PBKDF2. */
    private static void anOldHashIsUpgradedAtTheFirstLogin(OrderflowProcess orderflow) throws Exception {
        Path users = orderflow.home().resolve("etc/users.properties");
        assertEquals(200, orderflow.http().get("/platform/audit?limit=1", "legacy", "legacy-pw").status());
        String line = Files.readAllLines(users).stream().filter(l -> l.startsWith("legacy")).findFirst().orElseThrow();
        assertContains(line, "{CRYPT}$pbkdf2-sha256$600000$");
        assertFalse(line.contains(sha256("legacy-pw")));
        assertEquals(200, orderflow.http().get("/platform/audit?limit=1", "legacy", "legacy-pw").status());
        assertEquals(401, orderflow.http().get("/platform/audit?limit=1", "legacy", "wrong").status());
        String admin = Files.readAllLines(users).stream().filter(l -> l.startsWith("admin")).findFirst().orElseThrow();
        assertContains(admin, "{CRYPT}$pbkdf2-sha256$600000$");
    }

    /**
     * Finding 1: SSH gave SFTP access to every file and port forwarding. Over SSH now: the shell (here the admin
     * changes its password), no SFTP, no forwarding, and a wrong password is recorded. Answers the new password.
     */
    private static String sshGivesAShellOnly(OrderflowProcess orderflow, String password) throws Exception {
        String newPassword = "changed-" + System.nanoTime();
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession session = client.connect("admin", "127.0.0.1", orderflow.sshPort())
                    .verify(Duration.ofSeconds(15)).getSession()) {
                session.addPasswordIdentity(password);
                session.auth().verify(Duration.ofSeconds(30));
                assertThrows("no SFTP", Exception.class, () -> SftpClientFactory.instance().createSftpClient(session).close());
                try (ExplicitPortForwardingTracker forward = session.createLocalPortForwardingTracker(
                        new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress("127.0.0.1", orderflow.httpPort()))) {
                    Http through = new Http(forward.getBoundAddress().getPort());
                    assertThrows("no forwarding", IllegalStateException.class,
                            () -> through.get("/platform/health", null, null));
                }
                session.executeRemoteCommand("jaas:realm-manage --realm karaf; jaas:user-add admin " + newPassword
                        + "; jaas:update");
            }
            try (ClientSession wrong = client.connect("admin", "127.0.0.1", orderflow.sshPort())
                    .verify(Duration.ofSeconds(15)).getSession()) {
                wrong.addPasswordIdentity("not-the-password");
                assertThrows(Exception.class, () -> wrong.auth().verify(Duration.ofSeconds(30)));
            }
        }
        assertContains(Files.readString(orderflow.home().resolve("data/log/security.log")),
                "LOGIN_FAILED user=admin address=127.0.0.1 channel=SSH");
        return newPassword;
    }

    /** HTTPS by configuration: a self-signed certificate made by the JDK's keytool, HTTP kept beside it. */
    private static void enableHttps(OrderflowProcess orderflow) throws Exception {
        Path keystore = orderflow.home().resolve("etc/test-https.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "orderflow", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertEquals(0, keytool.waitFor());
        String web = "etc/org.ops4j.pax.web.cfg";
        orderflow.setProperty(web, "org.osgi.service.http.secure.enabled", "true");
        orderflow.setProperty(web, "org.osgi.service.http.port.secure", String.valueOf(HTTPS_PORT));
        orderflow.setProperty(web, "org.ops4j.pax.web.ssl.keystore", keystore.toString());
        orderflow.setProperty(web, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12");
        orderflow.setProperty(web, "org.ops4j.pax.web.ssl.keystore.password", KEYSTORE_PASSWORD);
        orderflow.setProperty(web, "org.ops4j.pax.web.ssl.key.password", KEYSTORE_PASSWORD);
        orderflow.setProperty(web, "org.ops4j.pax.web.ssl.key.alias", "orderflow");
    }

    private static int httpsHealth(OrderflowProcess orderflow) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(orderflow.home().resolve("etc/test-https.p12"))) {
            trusted.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + HTTPS_PORT
                + "/api/platform/health")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode();
    }

    /** What Karaf's old basic encryption stored: SHA-256 in upper-case hexadecimal, no salt. */
    private static String sha256(String password) throws Exception {
        return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    private static int statusOrMinusOne(Http http) {
        try {
            return http.get("/platform/health", null, null).status();
        } catch (IllegalStateException e) {
            return -1;
        }
    }
}
