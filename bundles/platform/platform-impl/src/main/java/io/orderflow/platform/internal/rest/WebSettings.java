package io.orderflow.platform.internal.rest;

import java.io.IOException;
import java.net.URI;
import java.util.Dictionary;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How the REST API meets the web ({@code orderflow.platform.web}): the largest request body, the address users reach
 * it at (for {@code Location}, never taken from a request's {@code Host}), and the origins whose pages may change
 * something. Changes apply to the next request, without republishing anything.
 */
@Component(service = {WebSettings.class, ConfigurationListener.class}, configurationPid = WebSettings.PID)
@Designate(ocd = WebSettings.Config.class)
public final class WebSettings implements ConfigurationListener {

    static final String PID = "orderflow.platform.web";
    private static final String PAX_WEB = "org.ops4j.pax.web";

    @ObjectClassDefinition(name = "Orderflow web surface", description = "Request limits, base address and origins")
    public @interface Config {
        @AttributeDefinition(min = "1024", max = "1073741824", description = "Largest request body in bytes; a larger"
                + " one is answered 413 before it is read")
        int maxRequestBytes() default 2 * 1024 * 1024;

        @AttributeDefinition(description = "The address users reach Orderflow at, such as https://orderflow.example.com"
                + " behind a proxy; empty for this server's own HTTP(S) address (etc/org.ops4j.pax.web.cfg)")
        String baseUrl() default "";

        @AttributeDefinition(description = "Further origins (scheme://host:port) whose web pages may send requests"
                + " that change something; the base address's origin always may")
        String[] allowedOrigins() default {};
    }

    private final ConfigurationAdmin configAdmin;
    private volatile Config config;
    private volatile URI base;
    private volatile Set<String> origins;

    @Activate
    public WebSettings(@Reference ConfigurationAdmin configAdmin, Config config) {
        this.configAdmin = configAdmin;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.config = config;
        refresh();
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (PAX_WEB.equals(event.getPid())) {
            refresh();
        }
    }

    public int maxRequestBytes() {
        return config.maxRequestBytes();
    }

    /** The base address, without a trailing slash. */
    public URI base() {
        return base;
    }

    /** True when a page of this origin may send requests that change something. */
    public boolean originAllowed(String origin) {
        return origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    private synchronized void refresh() {
        String configured = config.baseUrl().strip();
        URI uri = URI.create(configured.isEmpty() ? ownAddress() : configured.replaceAll("/+$", ""));
        Set<String> allowed = new LinkedHashSet<>();
        allowed.add(origin(uri));
        if (isLoopback(uri.getHost())) {
            // a browser on this machine may name it either way
            for (String host : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
                allowed.add(origin(URI.create(uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()))));
            }
        }
        for (String extra : config.allowedOrigins()) {
            allowed.add(origin(URI.create(extra.strip())));
        }
        base = uri;
        origins = Set.copyOf(allowed);
    }

    /** What browsers send as Origin for a URI: scheme, host and port when not the scheme's default. */
    static String origin(URI uri) {
        int port = uri.getPort();
        boolean usual = port < 0 || "http".equals(uri.getScheme()) && port == 80 || "https".equals(uri.getScheme()) && port == 443;
        return (uri.getScheme() + "://" + uri.getHost() + (usual ? "" : ":" + port)).toLowerCase(Locale.ROOT);
    }

    private static boolean isLoopback(String host) {
        return "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "[::1]".equals(host);
    }

    /** http(s)://host:port of this server's Pax Web configuration; HTTPS when plain HTTP is off. */
    private String ownAddress() {
        Dictionary<String, Object> web = paxWeb();
        boolean http = !"false".equalsIgnoreCase(value(web, "org.osgi.service.http.enabled", "true"));
        boolean https = "true".equalsIgnoreCase(value(web, "org.osgi.service.http.secure.enabled", "false"));
        String host = value(web, "org.ops4j.pax.web.listening.addresses", "127.0.0.1").split(",")[0].strip();
        if (host.isEmpty() || host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return !http && https ? "https://" + host + ":" + value(web, "org.osgi.service.http.port.secure", "8443")
                : "http://" + host + ":" + value(web, "org.osgi.service.http.port", "8181");
    }

    private Dictionary<String, Object> paxWeb() {
        try {
            Configuration[] found = configAdmin.listConfigurations("(service.pid=" + PAX_WEB + ")");
            return found == null ? null : found[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            return null;
        }
    }

    private static String value(Dictionary<String, Object> properties, String key, String otherwise) {
        Object value = properties == null ? null : properties.get(key);
        return value == null || value.toString().isBlank() ? otherwise : value.toString().strip();
    }
}
