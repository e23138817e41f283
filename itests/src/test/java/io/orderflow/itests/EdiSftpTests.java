package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A partner on SFTP: a real SFTP server (Apache MINA SSHD) on loopback stands for the partner's. Its 850 is fetched,
 * taken like a dropped file, and our 997 is put back onto its server.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EdiSftpTests extends EdiFlowTest {

    private static SshServer server;

    @Inject
    private BundleContext context;

    private final EdiFiles local = new EdiFiles("remote");

    /** The partner's server: user edi, its files under data/sftp-server (outbox: for us, inbox: from us). */
    @Before
    public synchronized void partnersServer() throws IOException {
        if (server != null) {
            return;
        }
        Path root = serverRoot();
        Files.createDirectories(root.resolve("outbox"));
        Files.createDirectories(root.resolve("inbox"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(Integer.getInteger(EdiContainerIT.SFTP_PORT));
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolveSibling("sftp-host-key.ser")));
        server.setPasswordAuthenticator((user, password, session) -> "edi".equals(user) && "edi-secret".equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
    }

    @Test
    public void anOrderFetchedFromThePartnersServerIsAcknowledgedOnIt() throws IOException {
        Path outbox = serverRoot().resolve("outbox");
        Path part = outbox.resolve("po-4001.x12.part");
        Files.writeString(part, EdiTests.x12("000004001", "REMOTEPARTNER", "ORDERFLOW", 4001,
                EdiTests.x12Order("0001", "SFTP-PO-4001", "PO1*1*8*EA*60**VP*DESK-LAMP~")), StandardCharsets.ISO_8859_1);
        Files.move(part, outbox.resolve("po-4001.x12"), StandardCopyOption.ATOMIC_MOVE);

        Path inbox = serverRoot().resolve("inbox");
        await().atMost(Duration.ofSeconds(60)).until(() -> ackOn(inbox));
        assertTrue("fetched files leave the partner's server", names(outbox).isEmpty());
        assertTrue(local.names("processed").stream().anyMatch(n -> n.endsWith("-po-4001.x12")));
        assertEquals(1, local.count("out/sent", "AK1*PO*4001~"));
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?"
                + " AND CUSTOMER_ID = 'CUST-H' AND CHANNEL = 'EDI'", "SFTP-PO-4001"));
    }

    /** URIs are shown in logs, JMX and the camel commands: the partner's password is set on its endpoints instead. */
    @Test
    public void noEndpointUriHoldsThePartnersPassword() throws Exception {
        List<String> uris = new ArrayList<>();
        for (ServiceReference<CamelContext> reference : context.getServiceReferences(CamelContext.class, null)) {
            CamelContext camel = context.getService(reference);
            try {
                camel.getEndpoints().forEach(endpoint -> uris.add(endpoint.getEndpointUri()));
            } finally {
                context.ungetService(reference);
            }
        }
        assertTrue("the SFTP endpoints are there: " + uris, uris.stream().anyMatch(uri -> uri.startsWith("sftp:")));
        for (String uri : uris) {
            assertFalse(uri, uri.contains("edi-secret") || uri.toLowerCase(Locale.ROOT).contains("password"));
        }
    }

    private static boolean ackOn(Path inbox) throws IOException {
        for (String name : names(inbox)) {
            if (Files.readString(inbox.resolve(name), StandardCharsets.ISO_8859_1).contains("AK1*PO*4001~")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }

    private static Path serverRoot() {
        return Path.of(System.getProperty("karaf.data"), "sftp-server");
    }
}
