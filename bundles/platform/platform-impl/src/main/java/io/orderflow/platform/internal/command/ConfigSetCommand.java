package io.orderflow.platform.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.internal.config.ConfigurationAudit;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code orderflow:config-set --reason "…" <pid> <key> <value>}: changes an Orderflow setting, audited with the shell
 * user and the reason.
 */
@Service
@Command(scope = "orderflow", name = "config-set", description = "Sets a property of an Orderflow configuration")
public class ConfigSetCommand implements Action {

    @Reference
    private ConfigurationAudit configurations;

    @Reference
    private ActorContext actors;

    @Option(name = "--reason", required = true, description = "Why the setting changes (kept in the audit trail)")
    private String reason;

    @Argument(index = 0, name = "pid", required = true, description = "Configuration PID, e.g. orderflow.sales-order.intake")
    private String pid;

    @Argument(index = 1, name = "key", required = true, description = "Property name")
    private String key;

    @Argument(index = 2, name = "value", required = true, description = "New value")
    private String value;

    @Override
    public Object execute() throws Exception {
        Map<String, String> now = configurations.update(actors.current(), pid, Map.of(key, value), reason);
        return SafePrintStream.text(pid + " " + now);
    }
}
