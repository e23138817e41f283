package io.orderflow.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs a Karaf shell command as a user logged in to the karaf realm, as an SSH session would: the command ACLs and
 * the compulsory roles apply.
 */
public final class Shell {

    private final SessionFactory sessions;

    public Shell(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The command's console output followed by its result; a failure is thrown as it comes. */
    public String run(String user, String password, String command) throws Exception {
        return run(user, password, command, "");
    }

    /** The same with {@code input} on the command's standard input, as OpenSSH gives it. */
    public String run(String user, String password, String command, String input) throws Exception {
        Subject subject = login(user, password);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, out);
        try {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            out.flush();
            return bytes.toString(StandardCharsets.UTF_8) + (result == null ? "" : result);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        } finally {
            session.close();
        }
    }

    /** The exchange folder of the distribution under test (the default of orderflow.platform.exchange). */
    public static java.nio.file.Path exchangeFolder() {
        return java.nio.file.Path.of(System.getProperty("karaf.data"), "exchange");
    }

    private static Subject login(String user, String password) throws LoginException {
        LoginContext context = new LoginContext("karaf", callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback pw) {
                    pw.setPassword(password.toCharArray());
                }
            }
        });
        context.login();
        return context.getSubject();
    }
}
