package io.orderflow.platform.api.config;

import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What an Orderflow configuration must satisfy beyond its metatype (types, ranges, options), such as paths inside the
 * allowed roots. The department owning the PID registers it as a service with the property {@value #PID} naming the
 * PID (the factory PID for factory configurations). The platform asks it before a change from REST or the shell is
 * kept, and before a change of an etc/ file reaches the components: a configuration with problems is refused either
 * way, and the components keep the values they had.
 */
@ConsumerType
public interface ConfigurationCheck {

    /** Service property: the PID (or factory PID) checked. */
    String PID = "orderflow.config.pid";

    /**
     * The problems of the configuration as it would be, each naming its attribute; empty when there are none.
     *
     * @param properties every property of the configuration, the framework's own ones included
     */
    List<FieldProblem> check(Map<String, Object> properties);
}
