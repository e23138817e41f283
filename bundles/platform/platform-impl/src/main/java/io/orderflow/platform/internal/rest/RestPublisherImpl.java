package io.orderflow.platform.internal.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.platform.internal.login.PasswordLogins;
import io.orderflow.platform.internal.security.ActorRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes department resources on CXF's servlet ({@code /api}, etc/org.apache.cxf.osgi.cfg) with the shared
 * security, JSON and error mapping. It references the HTTP transport so that DS restarts it, and with it every
 * publication, whenever CXF's bundles are refreshed (docs/platform-notes.md, pitfall 3).
 */
@Component(service = RestPublisher.class)
public final class RestPublisherImpl implements RestPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(RestPublisherImpl.class);

    /** Limits of what a request's JSON may be, besides the size of the body (WebSettings). */
    private static final StreamReadConstraints JSON_LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32).maxStringLength(100_000).maxNumberLength(100).maxNameLength(200).build();

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(JSON_LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .registerModule(new JavaTimeModule())
            .registerModule(new ValueTypesModule())
            .registerModule(new TextModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private final PasswordLogins logins;
    private final WebSettings web;
    private final ActorRules actors;

    /** @param httpTransport ties this component's lifecycle to CXF's HTTP transport */
    @Activate
    public RestPublisherImpl(@Reference HTTPTransportFactory httpTransport, @Reference PasswordLogins logins,
                             @Reference WebSettings web, @Reference ActorRules actors) {
        this.logins = logins;
        this.web = web;
        this.actors = actors;
    }

    /** The largest file part a multipart form may carry (what an evidence column keeps: 16 MiB). */
    static final long MAX_FILE_PART_BYTES = 16L * 1024 * 1024;

    @Override
    public Publication publish(String address, List<Object> resources) {
        return publish(address, resources, List.of(new AuthenticationFilter(logins), new RoleCheckFilter(),
                new RequestHygieneFilter(web)));
    }

    @Override
    public Publication publishVerifiedByCaller(String address, List<Object> resources) {
        return publish(address, resources, List.of());
    }

    /** @param guards the filters that run before a resource: login, roles and input hygiene, or none */
    private Publication publish(String address, List<Object> resources, List<Object> guards) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // CXF looks up its extensions through the context class loader while it builds the endpoint.
            Thread.currentThread().setContextClassLoader(JAXRSServerFactoryBean.class.getClassLoader());
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setAddress(address);
            factory.setServiceBeans(resources);
            List<Object> providers = new ArrayList<>(List.of(new JacksonJsonProvider(mapper),
                    new ResponseHeadersFilter(web), new ActorContextProvider(actors), new ErrorMapper()));
            providers.addAll(guards);
            factory.setProviders(providers);
            factory.setProperties(Map.of(
                    // a file part of a multipart form is parsed before its method runs: never above this, and
                    // never more parts than a form of ours has; a method bounds its own files further
                    "attachment-max-size", String.valueOf(MAX_FILE_PART_BYTES), "attachment-max-count", "4"));
            Server server = factory.create();
            LOG.info("REST resources published at /api{}{}", address, guards.isEmpty()
                    ? ", verified by the resources themselves" : "");
            return () -> {
                server.destroy();
                LOG.info("REST resources at /api{} withdrawn", address);
            };
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
