package io.orderflow.platform.internal.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.orderflow.platform.api.rest.RestPublisher;
import java.util.List;
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
 * publication, whenever CXF's bundles are refreshed (stack.md, pitfall S3).
 */
@Component(service = RestPublisher.class)
public final class RestPublisherImpl implements RestPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(RestPublisherImpl.class);

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new ValueTypesModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Activate
    public RestPublisherImpl(@Reference HTTPTransportFactory httpTransport) {
        // the reference ties this component's lifecycle to CXF's HTTP transport
    }

    @Override
    public Publication publish(String address, List<Object> resources) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // CXF looks up its extensions through the context class loader while it builds the endpoint.
            Thread.currentThread().setContextClassLoader(JAXRSServerFactoryBean.class.getClassLoader());
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setAddress(address);
            factory.setServiceBeans(resources);
            factory.setProviders(List.of(new JacksonJsonProvider(mapper), new AuthenticationFilter(),
                    new RoleCheckFilter(), new ActorContextProvider(), new ErrorMapper()));
            Server server = factory.create();
            LOG.info("REST resources published at /api{}", address);
            return () -> {
                server.destroy();
                LOG.info("REST resources at /api{} withdrawn", address);
            };
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
