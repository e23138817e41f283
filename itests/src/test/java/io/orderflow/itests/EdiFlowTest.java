package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/** What the test classes of {@link EdiContainerIT} share: its container, and partners' folders to wait for. */
public abstract class EdiFlowTest extends SalesOrderFlowTest {

    /** How long a dropped file may take to be taken, polled every 300 ms. */
    protected static final Duration FILE_TAKEN = Duration.ofSeconds(30);

    @Configuration
    @Override
    public Option[] config() {
        return EdiContainerIT.options();
    }

    /** Waits until the partners' routes have made their folders. */
    protected static void awaitFolders(EdiFiles... partners) {
        await().atMost(Duration.ofMinutes(1)).until(() -> Stream.of(partners)
                .allMatch(partner -> Files.isDirectory(partner.folder("in"))));
    }

    protected static void assertContains(String text, String part) {
        assertTrue(text, text.contains(part));
    }
}
