package io.orderflow.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The module rules of docs/architecture.md §3, checked on the bundles the distribution ships (their bnd-made manifests
 * are what OSGi wires, whatever the source says): only API bundles (and the route kit) export, and only their own
 * packages; no bundle imports another's implementation; department bundles do without Camel, which only route
 * bundles use.
 */
public class BundleRulesIT {

    private static final String ROUTE_KIT = "io.orderflow.routes.kit";
    private static final List<String> DEPARTMENTS = List.of("masterdata", "salesorder", "warehouse", "production",
            "logistics", "finance", "aftersales");

    /** One shipped Orderflow bundle: its symbolic name and the packages it exports and imports. */
    private record Shipped(String name, List<String> exports, List<String> imports) {
    }

    @Test
    public void onlyApiBundlesExportAndNoDepartmentImportsAnImplementationOrCamel() throws IOException {
        List<Shipped> bundles = shipped();
        assertTrue("the distribution's Orderflow bundles: " + bundles, bundles.size() >= 12);
        List<String> broken = new ArrayList<>();
        for (Shipped bundle : bundles) {
            // the route kit is the route bundles' shared library: it exports like an API bundle
            boolean api = bundle.name().endsWith(".api") || bundle.name().equals(ROUTE_KIT);
            for (String exported : bundle.exports()) {
                if (!api || !(exported.equals(bundle.name()) || exported.startsWith(bundle.name() + "."))) {
                    broken.add(bundle.name() + " exports " + exported);
                }
            }
            for (String imported : bundle.imports()) {
                if (imported.startsWith("io.orderflow.") && (imported.contains(".internal") || imported.contains(".impl"))) {
                    broken.add(bundle.name() + " imports an implementation package " + imported);
                }
                if (isDepartment(bundle.name()) && imported.startsWith("org.apache.camel")) {
                    broken.add(bundle.name() + " imports Camel (" + imported + "): only route bundles use Camel");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static boolean isDepartment(String name) {
        return name.equals("io.orderflow.demo") || name.startsWith("io.orderflow.platform.")
                || DEPARTMENTS.stream().anyMatch(d -> name.startsWith("io.orderflow." + d + "."));
    }

    private static List<Shipped> shipped() throws IOException {
        Path system = Path.of(System.getProperty("orderflow.assembly.dir"), "system", "io", "orderflow");
        List<Shipped> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(system)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Attributes main = file.getManifest().getMainAttributes();
                    String name = main.getValue("Bundle-SymbolicName");
                    if (name != null) {
                        bundles.add(new Shipped(name.split(";")[0].strip(), packages(main.getValue("Export-Package")),
                                packages(main.getValue("Import-Package"))));
                    }
                }
            }
        }
        return bundles;
    }

    /** The package names of an Export- or Import-Package header: clauses split at commas outside quotes. */
    static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                names.add(clause.toString().split(";")[0].strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
