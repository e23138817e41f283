package io.orderflow.itests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * The assembled distribution started as a separate process through the README's start script ({@code bin/orderflow}),
 * in a copy of its own with moved ports, as a user would run it. Reused by restart and crash tests.
 */
public final class OrderflowProcess implements AutoCloseable {

    private final Path home;
    private final int httpPort = FreePorts.next();
    private final int sshPort = FreePorts.next();
    private Process process;
    private long readyLinesBeforeStart;

    private OrderflowProcess(Path home) {
        this.home = home;
    }

    /**
     * A fresh copy of {@code karaf-assembly/target/assembly} under {@code target/<name>}, with HTTP, SSH and RMI on
     * free loopback ports, kept across its restarts.
     */
    public static OrderflowProcess install(String name) throws IOException {
        Path source = Path.of(System.getProperty("orderflow.assembly.dir"));
        Path home = Path.of(System.getProperty("orderflow.work.dir"), name);
        deleteTree(home);
        copyTree(source, home);
        OrderflowProcess karaf = new OrderflowProcess(home);
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(karaf.httpPort));
        karaf.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(karaf.sshPort));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(FreePorts.next()));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(FreePorts.next()));
        return karaf;
    }

    /** Starts {@code bin/orderflow}; its console output goes to {@code console.out} in the copy. */
    public void start() throws IOException {
        readyLinesBeforeStart = readyLines().size();
        ProcessBuilder builder = new ProcessBuilder("bin/orderflow").directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
    }

    /**
     * Waits for the start script's ready line and returns it.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when it does not come within {@code timeout}
     * @throws AssertionError when the process ends first, with its console output
     */
    public String awaitReady(Duration timeout) throws IOException {
        await("the ready line in " + home.resolve("console.out")).atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("Orderflow ended during start-up:\n" + String.join("\n", consoleLines()));
            }
            return readyLines().size() > readyLinesBeforeStart;
        });
        List<String> ready = readyLines();
        return ready.get(ready.size() - 1);
    }

    private List<String> readyLines() throws IOException {
        return consoleLines().stream().filter(l -> l.startsWith("Orderflow is ready")).toList();
    }

    /** Stops as Ctrl-C would (SIGTERM to the start script) and waits for the JVM to end. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Orderflow did not stop within " + timeout);
        }
        awaitKarafGone(timeout);
        return process.exitValue();
    }

    /** Kills the Karaf JVM with SIGKILL, as a power cut would, and waits for the start script to notice. */
    public void kill(Duration timeout) throws InterruptedException {
        ProcessHandle.of(karafPid()).ifPresent(ProcessHandle::destroyForcibly);
        awaitKarafGone(timeout);
        process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void awaitKarafGone(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> !karafHandle().map(ProcessHandle::isAlive).orElse(false));
    }

    private Optional<ProcessHandle> karafHandle() {
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst();
    }

    /** The pid of the Karaf JVM: the start script's child, which bin/karaf replaced by java (KARAF_EXEC=exec). */
    public long karafPid() {
        return karafHandle().map(ProcessHandle::pid).orElseThrow(() -> new IllegalStateException("no Karaf JVM running"));
    }

    /** Resident memory of the Karaf JVM in KiB, from /proc (Linux). */
    public long residentKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(karafPid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for the Karaf JVM");
    }

    public Http http() {
        return new Http(httpPort);
    }

    public int httpPort() {
        return httpPort;
    }

    public int sshPort() {
        return sshPort;
    }

    /**
     * Runs a Karaf shell command over SSH, as an operator would, and returns its output.
     *
     * @throws java.rmi.RemoteException (an IOException) when the command fails, with its error output
     */
    public String shell(String user, String password, String command) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        ClientSession session = null;
        try {
            session = client.connect(user, "127.0.0.1", sshPort).verify(Duration.ofSeconds(15)).getSession();
            session.addPasswordIdentity(password);
            session.auth().verify(Duration.ofSeconds(30));
            return session.executeRemoteCommand(command);
        } finally {
            closeAfterTheAnswer(session, client);
        }
    }

    /**
     * Closes the SSH client once the command has answered. MINA SSHD may still complete a read of the server's own
     * close on a pool it is shutting down ("Executor has been shut down"): that race says nothing about the command.
     */
    private static void closeAfterTheAnswer(ClientSession session, SshClient client) {
        for (java.io.Closeable closeable : new java.io.Closeable[] {session, client}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (IOException | IllegalStateException e) {
                System.err.println("SSH client closed with " + e);
            }
        }
    }

    public String adminPassword() throws IOException {
        return Files.readString(home.resolve("data/orderflow/initial-admin-password")).strip();
    }

    public Path home() {
        return home;
    }

    public List<String> consoleLines() throws IOException {
        Path console = home.resolve("console.out");
        return Files.exists(console) ? Files.readAllLines(console, StandardCharsets.UTF_8) : List.of();
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            karafHandle().ifPresent(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Boots these Orderflow features instead of the assembly's ({@code orderflow} and {@code orderflow-demo}), before
     * the first start: Karaf's own boot features stay.
     */
    public void bootFeatures(String... features) throws IOException {
        Path cfg = home.resolve("etc/org.apache.karaf.features.cfg");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (line.strip().equals("(wrap), \\")) {
                lines.add(line);
                for (String feature : features) {
                    lines.add("    " + feature + ", \\");
                }
            } else if (!line.strip().matches("orderflow(-demo)?/[^,]*, \\\\")) {
                lines.add(line);
            }
        }
        if (lines.size() != Files.readAllLines(cfg).size() - 2 + features.length) {
            throw new IllegalStateException("featuresBoot of " + cfg + " is not as the assembly writes it");
        }
        Files.write(cfg, lines);
    }

    /**
     * Adds staff (user → role) to the copy's {@code etc/users.properties} before it starts, each with the password
     * {@link #password(String)}: written in clear, hashed by Orderflow at its start.
     */
    public void addUsers(Map<String, String> roles) throws IOException {
        StringBuilder users = new StringBuilder();
        roles.forEach((user, role) -> users.append(user).append(" = ").append(password(user)).append(',')
                .append(role).append('\n'));
        Files.writeString(home.resolve("etc/users.properties"), users, StandardOpenOption.APPEND);
    }

    /** The password of a user added by {@link #addUsers(Map)}. */
    public static String password(String user) {
        return user + "-crash-pw";
    }

    /** Sets a property in one of the copy's etc/ files, before it starts. */
    public void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? Files.readAllLines(path) : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
