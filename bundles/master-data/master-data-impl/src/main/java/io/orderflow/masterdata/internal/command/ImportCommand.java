package io.orderflow.masterdata.internal.command;

import io.orderflow.masterdata.api.MasterDataImportService;
import io.orderflow.platform.api.exchange.ExchangeFolder;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code master-data:import customers|products|regions|partner-items|partner-locations <file>|--stdin}: a CSV file,
 * all or nothing. The ACL lets sales managers and {@code integration} run it; the import service refuses each the
 * kinds of the other.
 */
@Service
@Command(scope = "master-data", name = "import", description = "Imports a CSV file of customers, products, regions,"
        + " partner items or partner locations, all or nothing")
public class ImportCommand implements Action {

    @Reference
    private MasterDataImportService imports;

    @Reference
    private ExchangeFolder exchange;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "kind", required = true, description = "customers, products, regions, partner-items"
            + " or partner-locations")
    private String kind;

    @Argument(index = 1, name = "file", description = "Name of a CSV file in the exchange folder"
            + " (orderflow.platform.exchange), not a path")
    private String file;

    @Option(name = "--stdin", description = "Read the file from the standard input instead (over OpenSSH)")
    private boolean stdin;

    @Override
    public Object execute() throws Exception {
        int saved = imports.importCsv(MasterDataImportService.Kind.named(kind),
                exchange.read(file, stdin ? session.getKeyboard() : null), actors.current());
        SafePrintStream.of(session.getConsole()).printf("%d %s saved%n", saved, kind.toLowerCase(Locale.ROOT));
        return null;
    }
}
