package io.orderflow.routes.carrier.internal.gateway;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The carrier edge's settings: {@code orderflow.routes.carrier.gateway}. */
@ObjectClassDefinition(name = "Orderflow carrier gateway", description = "Carriers' tracking webhooks")
public @interface GatewaySettings {

    String PID = "orderflow.routes.carrier.gateway";

    @AttributeDefinition(min = "1024", max = "2097152", description = "The largest webhook body taken, in bytes (413"
            + " above)")
    int maxBodyBytes() default 1_048_576;

    @AttributeDefinition(min = "50", description = "Milliseconds between two looks for kept webhooks to apply")
    long applyDelayMillis() default 500;

    @AttributeDefinition(min = "1", max = "3600", description = "Retry-After of a 503 while webhooks cannot be kept")
    int retryAfterSeconds() default 30;
}
