package io.orderflow.platform.internal.login;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.password.PasswordChangeRequiredException;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.session.ServerSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hardens the SSH server of Karaf's shell: port, agent and X11 forwarding refused (Karaf 4.4 accepts every forwarding
 * request), and every password login (keyboard-interactive ones too, which ask the same authenticator) passed
 * through {@link LoginGuard} with the client's address. Karaf registers a new server at each change of its shell
 * configuration without withdrawing the old one, so every registered server is changed; both settings are read per
 * request, so a server that is already listening is covered too. SFTP is off in etc/org.apache.karaf.shell.cfg.
 */
@Component(service = {}, configurationPid = "orderflow.platform.ssh")
@Designate(ocd = SshHardening.Config.class)
public final class SshHardening {

    @ObjectClassDefinition(name = "Orderflow SSH", description = "What the SSH shell allows besides the shell")
    public @interface Config {
        @AttributeDefinition(description = "Allow SSH port, agent and X11 forwarding (off: refused)")
        boolean portForwarding() default false;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SshHardening.class);

    private final LoginGuard guard;
    private final PasswordLogins logins;
    private final boolean portForwarding;
    private final List<SshServer> hardened = new CopyOnWriteArrayList<>();

    @Activate
    public SshHardening(@Reference LoginGuard guard, @Reference PasswordLogins logins, Config config) {
        this.guard = guard;
        this.logins = logins;
        this.portForwarding = config.portForwarding();
    }

    /** Each server Karaf registers; none while the remote shell is not started (karaf.startRemoteShell). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addServer(SshServer server) {
        server.setForwardingFilter(portForwarding ? AcceptAllForwardingFilter.INSTANCE : RejectAllForwardingFilter.INSTANCE);
        PasswordAuthenticator current = server.getPasswordAuthenticator();
        if (current != null) {
            PasswordAuthenticator karaf = current instanceof Guarded guarded ? guarded.karaf : current;
            server.setPasswordAuthenticator(new Guarded(karaf));
            hardened.add(server);
        }
        LOG.info("SSH server on port {}: forwarding {}, password logins guarded", server.getPort(),
                portForwarding ? "allowed" : "refused");
    }

    void removeServer(SshServer server) {
        hardened.remove(server);
        restore(server);
    }

    /**
     * Karaf's own authenticator back, so that a new revision of this bundle guards it once, not on top of this one.
     * Forwarding stays refused: that needs no guard.
     */
    @Deactivate
    void deactivate() {
        hardened.forEach(SshHardening::restore);
        hardened.clear();
    }

    private static void restore(SshServer server) {
        if (server.getPasswordAuthenticator() instanceof Guarded guarded) {
            server.setPasswordAuthenticator(guarded.karaf);
        }
    }

    /** Karaf's authenticator behind the guard. */
    private final class Guarded implements PasswordAuthenticator {
        private final PasswordAuthenticator karaf;

        Guarded(PasswordAuthenticator karaf) {
            this.karaf = karaf;
        }

        @Override
        public boolean authenticate(String user, String password, ServerSession session)
                throws PasswordChangeRequiredException, AsyncAuthException {
            String address = host(session.getClientAddress());
            if (guard.begin(user, address, LoginGuard.Channel.SSH).isPresent()) {
                return false;
            }
            boolean admitted = false;
            try {
                admitted = karaf.authenticate(user, password, session);
            } finally {
                if (admitted) {
                    guard.succeeded(user, address, LoginGuard.Channel.SSH);
                } else {
                    guard.failed(user, address, LoginGuard.Channel.SSH, "wrong user name or password, or no ssh role");
                }
            }
            if (admitted) {
                logins.afterLogin(user, password);
            }
            return admitted;
        }
    }

    static String host(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getAddress() == null ? inet.getHostString()
                : inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}
