package io.orderflow.platform.internal.rest;

import java.net.URI;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

/**
 * On every API answer: not to be stored by browsers or proxies, not to be sniffed as another media type, and a
 * {@code Location} on the configured base address instead of whatever {@code Host} the request named.
 */
final class ResponseHeadersFilter implements ContainerResponseFilter {

    private final WebSettings web;

    ResponseHeadersFilter(WebSettings web) {
        this.web = web;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        URI location = response.getLocation();
        if (location != null) {
            String query = location.getRawQuery() == null ? "" : "?" + location.getRawQuery();
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create(web.base() + location.getRawPath() + query));
        }
    }
}
