package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;

/**
 * The fourth part of {@link DistributionIT}: the ERP link killed while it posts. A {@link TestErp} runs in this JVM
 * over TLS with a certificate from a private CA that only the link trusts ({@code trustedCertificates}); payments are
 * verified while it books, and the distribution is killed with SIGKILL just after the ERP has booked an entry
 * whose answer it holds back, so that posting is SENT with the ERP's answer lost. After the restart every posting is
 * CONFIRMED with the ERP's reference, and the ERP was sent each exactly once: the one in doubt was looked up, not
 * posted again.
 */
final class ErpPowerCuts {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final String STOREPASS = "test-erp-store";
    private static final Map<String, String> USERS = Map.of("fred", "finance", "fiona", "finance");

    private final Path keys;
    private final int port = FreePorts.next();

    private ErpPowerCuts(Path keys) {
        this.keys = keys;
    }

    /**
     * Before the first start: the finance staff who record and verify payments, the private CA and the ERP's
     * certificate, and the link to where the test ERP will listen; until it does, the link finds no one there and
     * backs off.
     */
    static ErpPowerCuts prepare(OrderflowProcess orderflow) throws Exception {
        orderflow.addUsers(USERS);
        ErpPowerCuts erp = new ErpPowerCuts(Files.createDirectories(orderflow.home().resolve("test-erp-keys")));
        privateCaAndErpCertificate(erp.keys);
        Files.copy(erp.keys.resolve("ca.pem"), orderflow.home().resolve("etc/erp-ca.pem"));
        String client = "etc/orderflow.routes.erp.client.cfg";
        orderflow.setProperty(client, "address", "https://127.0.0.1:" + erp.port + "/journal");
        orderflow.setProperty(client, "trustedCertificates", "etc/erp-ca.pem");
        orderflow.setProperty(client, "username", "orderflow");
        orderflow.setProperty(client, "password", "erp-secret");
        orderflow.setProperty(client, "pollDelayMillis", "100");
        orderflow.setProperty(client, "batchSize", "5");
        orderflow.setProperty(client, "backoffInitialMillis", "200");
        orderflow.setProperty(client, "backoffMaxMillis", "1000");
        return erp;
    }

    /** On the running {@code orderflow}: the test ERP starts, the power cut runs, and the installation stops. */
    void killedWhilePostingSendsEachPostingOnce(OrderflowProcess orderflow) throws Exception {
        TestErp erp = new TestErp();
        int count = Integer.getInteger("orderflow.it.erpPostings", 30);
        long seed = System.nanoTime();
        int killAt = count / 4 + new Random(seed).nextInt(count / 2);
        System.out.println("ERP kill point drawn with seed " + seed + ": at the booking of entry " + killAt);
        erp.holdAnswerAt(killAt);
        Bus bus = BusFactory.newInstance().createBus();
        try {
            publish(bus, erp, port, keys);
            Http http = orderflow.http();
            Payments payments = new Payments(http, OrderflowProcess::password);
            for (int i = 0; i < count && erp.holding.getCount() > 0; i++) {
                payments.verified("CUST-A", (100 + i) + ".00"); // each on account: one posting
            }
            assertTrue("the ERP booked entry " + killAt, erp.holding.await(LIMIT.toSeconds(), TimeUnit.SECONDS));
            orderflow.kill(LIMIT);
            erp.release(); // its answer goes nowhere
            int postedBeforeKill = erp.posts.size();
            System.out.printf("killed with %d entries booked, the answer to entry %d lost%n", erp.booked.size(), killAt);

            orderflow.start();
            orderflow.awaitReady(LIMIT);
            await("every posting settled").atMost(LIMIT).pollInterval(Duration.ofMillis(250)).until(() ->
                    List.of("PENDING", "SENT", "UNKNOWN").stream().allMatch(state -> postings(http, state).isEmpty()));
            JsonNode confirmed = postings(http, "CONFIRMED");
            assertTrue("nothing refused: " + postings(http, "REJECTED"), postings(http, "REJECTED").isEmpty());
            assertEquals("every posting booked", confirmed.size(), erp.booked.size());
            for (JsonNode posting : confirmed) {
                String key = posting.get("key").asText();
                assertEquals(key + " confirmed with the ERP's reference", erp.booked.get(key),
                        posting.get("erpReference").asText());
            }
            Map<String, Integer> sent = new HashMap<>();
            erp.posts.forEach(key -> sent.merge(key, 1, Integer::sum));
            sent.forEach((key, times) -> assertEquals(key + " posted once", Integer.valueOf(1), times));
            assertTrue("posting went on after the restart", erp.posts.size() > postedBeforeKill);
            assertTrue(erp.users.stream().allMatch("orderflow"::equals));
            orderflow.stop(LIMIT);
        } finally {
            erp.release();
            bus.shutdown(true);
        }
    }

    private static JsonNode postings(Http http, String state) {
        return http.get("/finance/postings?state=" + state, "fred", OrderflowProcess.password("fred")).json();
    }

    /**
     * The test ERP on {@code https://127.0.0.1:port/journal}: CXF's own Jetty transport, the key and certificate
     * {@link #privateCaAndErpCertificate} made.
     */
    private static void publish(Bus bus, TestErp erp, int port, Path keys) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve("erp.p12"))) {
            store.load(in, STOREPASS.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(store, STOREPASS.toCharArray());
        TLSServerParameters tls = new TLSServerParameters();
        tls.setKeyManagers(managers.getKeyManagers());
        bus.getExtension(JettyHTTPServerEngineFactory.class).setTLSServerParametersForPort("127.0.0.1", port, tls);
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setServiceBean(erp);
        factory.setAddress("https://127.0.0.1:" + port + "/journal");
        factory.create();
    }

    /**
     * A private CA ({@code ca.pem}) and the ERP's key with a certificate it signed for 127.0.0.1 ({@code erp.p12}),
     * made with the JDK's keytool as an administrator would.
     */
    private static void privateCaAndErpCertificate(Path dir) throws Exception {
        String ca = dir.resolve("ca.p12").toString();
        String erp = dir.resolve("erp.p12").toString();
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=Orderflow test CA", "-ext", "bc:c",
                "-validity", "2", "-keystore", ca, "-storepass", STOREPASS);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", STOREPASS, "-file",
                dir.resolve("ca.pem").toString());
        keytool("-genkeypair", "-alias", "erp", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-validity", "2",
                "-keystore", erp, "-storepass", STOREPASS);
        keytool("-certreq", "-alias", "erp", "-keystore", erp, "-storepass", STOREPASS, "-file",
                dir.resolve("erp.csr").toString());
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", STOREPASS, "-ext",
                "san=ip:127.0.0.1", "-validity", "2", "-infile", dir.resolve("erp.csr").toString(), "-outfile",
                dir.resolve("erp.pem").toString());
        keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", erp, "-storepass", STOREPASS, "-file",
                dir.resolve("ca.pem").toString());
        keytool("-importcert", "-alias", "erp", "-keystore", erp, "-storepass", STOREPASS, "-file",
                dir.resolve("erp.pem").toString());
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(String.join(" ", command) + "\n" + output, 0, process.waitFor());
    }
}
