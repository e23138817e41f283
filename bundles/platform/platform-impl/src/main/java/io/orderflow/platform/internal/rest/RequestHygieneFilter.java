package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.rest.BinaryBody;
import io.orderflow.platform.api.text.Text;
import io.orderflow.platform.internal.files.Utf8;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Consumes;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * Input hygiene for every published resource, after authentication and the role check and before any body is read:
 * <ul>
 * <li>the query and the path are strict UTF-8 and hold no control or bidirectional characters (400);</li>
 * <li>a request that changes something from a web page of another origin is refused (403);</li>
 * <li>such a request carries JSON, or the media type its resource method declares; a declared charset is UTF-8
 * (415 otherwise);</li>
 * <li>a body larger than {@code orderflow.platform.web/maxRequestBytes} is refused unread (413), and a body is
 * strict UTF-8: no overlong forms, no encoded surrogates (400); except a file sent to a method marked
 * {@link BinaryBody} in a type it declares other than JSON or text, which that method bounds and checks itself.</li>
 * </ul>
 * JSON itself (duplicate keys, depth, string length, characters per field) is checked as Jackson reads it.
 */
@Priority(Priorities.ENTITY_CODER)
final class RequestHygieneFilter implements ContainerRequestFilter {

    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD", "OPTIONS");

    private final WebSettings web;

    @Context
    private ResourceInfo resource;

    RequestHygieneFilter(WebSettings web) {
        this.web = web;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String uriProblem = uriProblem(request.getUriInfo().getRequestUri());
        if (uriProblem != null) {
            request.abortWith(ErrorMapper.error(400, "bad-request", uriProblem));
            return;
        }
        if (READ_ONLY.contains(request.getMethod())) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !web.originAllowed(origin)) {
            request.abortWith(ErrorMapper.error(403, "forbidden", "requests that change something are not accepted"
                    + " from web pages of " + Text.printable(origin)));
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null) {
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
                request.abortWith(ErrorMapper.error(415, "unsupported-media-type", "bodies are UTF-8; charset="
                        + Text.printable(charset) + " is not accepted"));
                return;
            }
            if (!declared(type)) {
                request.abortWith(ErrorMapper.error(415, "unsupported-media-type", "this call takes "
                        + MediaType.APPLICATION_JSON + ", not " + Text.printable(type.toString())));
                return;
            }
        }
        if (request.hasEntity() && !binary(type)) {
            checkBody(request);
        }
    }

    /** JSON always; other types only where the resource method (or its class) declares them. */
    private boolean declared(MediaType type) {
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    /** A file body for a method that takes files: not JSON, not text, and the method says it bounds it itself. */
    private boolean binary(MediaType type) {
        return type != null && resource.getResourceMethod().isAnnotationPresent(BinaryBody.class)
                && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !"text".equalsIgnoreCase(type.getType());
    }

    private void checkBody(ContainerRequestContext request) throws IOException {
        int limit = web.maxRequestBytes();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        byte[] body = readAtMost(request.getEntityStream(), limit + 1);
        if (body.length > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        try {
            Utf8.decode(body);
        } catch (Utf8.NotUtf8Exception e) {
            request.abortWith(ErrorMapper.error(400, "bad-request", "the request body " + e.getMessage()));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static javax.ws.rs.core.Response tooLarge(int limit) {
        return ErrorMapper.error(413, "payload-too-large", "the request body is larger than the limit of " + limit
                + " bytes");
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < max && (read = in.read(buffer, 0, Math.min(buffer.length, max - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** What is wrong with the path or the query of a request, or null. */
    static String uriProblem(URI uri) {
        String path = uri.getRawPath();
        if (path != null) {
            for (String segment : path.split("/")) {
                String problem = decodedProblem(segment, "the path");
                if (problem != null) {
                    return problem;
                }
            }
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                for (String part : pair.split("=", 2)) {
                    String problem = decodedProblem(part.replace('+', ' '), "the query");
                    if (problem != null) {
                        return problem;
                    }
                }
            }
        }
        return null;
    }

    private static String decodedProblem(String raw, String where) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int value = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)) : -1;
            if (value < 0) {
                return where + " has a malformed %-escape";
            }
            bytes.write(value);
            i += 2;
        }
        try {
            String problem = Text.problem(Utf8.decode(bytes.toByteArray()), false);
            return problem == null ? null : where + " " + problem;
        } catch (Utf8.NotUtf8Exception e) {
            return where + " " + e.getMessage();
        }
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit < 0 ? -256 : digit;
    }
}
