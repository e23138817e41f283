package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.config.ConfigurationCheck;
import io.orderflow.platform.api.error.FieldProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** The base address an absolute http(s) URL without query; each further origin scheme://host[:port]. */
@Component(property = ConfigurationCheck.PID + "=" + WebSettings.PID)
public final class WebSettingsCheck implements ConfigurationCheck {

    @Override
    public List<FieldProblem> check(Map<String, Object> properties) {
        List<FieldProblem> problems = new ArrayList<>();
        Object base = properties.get("baseUrl");
        if (base != null && !base.toString().isBlank() && !isWebAddress(base.toString().strip(), true)) {
            problems.add(new FieldProblem("baseUrl", "must be an http or https address such as"
                    + " https://orderflow.example.com, without query or fragment"));
        }
        Object origins = properties.get("allowedOrigins");
        for (String origin : origins instanceof String[] list ? list : origins == null || origins.toString().isBlank()
                ? new String[0] : origins.toString().split(",")) {
            if (!isWebAddress(origin.strip(), false)) {
                problems.add(new FieldProblem("allowedOrigins", "'" + origin.strip() + "' must be an origin such as"
                        + " https://portal.example.com (scheme, host and port only)"));
            }
        }
        return problems;
    }

    private static boolean isWebAddress(String value, boolean pathAllowed) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && (pathAllowed || uri.getRawPath() == null || uri.getRawPath().isEmpty());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
