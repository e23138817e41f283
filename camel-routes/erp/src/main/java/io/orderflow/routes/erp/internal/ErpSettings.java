package io.orderflow.routes.erp.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the ERP is and how it is called (PID {@code orderflow.routes.erp.client}). */
@ObjectClassDefinition(name = "Orderflow ERP link", description = "The ERP's journal service, called over SOAP")
public @interface ErpSettings {

    String PID = "orderflow.routes.erp.client";

    @AttributeDefinition(required = false, description = "The journal service's address, https://… (http:// only on"
            + " loopback); none: postings wait")
    String address() default "";

    @AttributeDefinition(required = false, description = "The WS-Security UsernameToken user; none: no header")
    String username() default "";

    @AttributeDefinition(required = false, type = AttributeType.PASSWORD, description = "Its password (never logged)")
    String password() default "";

    @AttributeDefinition(required = false, description = "A PEM file (inside the readable roots, e.g."
            + " etc/erp-ca.pem) with the certificates of the private CA that signed the ERP's; only they are trusted"
            + " for this link. None: the JVM's trust store")
    String trustedCertificates() default "";

    @AttributeDefinition(min = "100", description = "How long to wait for the connection, ms")
    int connectTimeoutMillis() default 5000;

    @AttributeDefinition(min = "100", description = "How long to wait for the ERP's answer once sent, ms; past it the"
            + " posting is UNKNOWN and looked up before anything is sent again")
    int receiveTimeoutMillis() default 30000;

    @AttributeDefinition(min = "100", description = "How often the postings are looked at, ms")
    int pollDelayMillis() default 5000;

    @AttributeDefinition(min = "1", max = "500", description = "Postings sent per look")
    int batchSize() default 20;

    @AttributeDefinition(min = "100", description = "The first wait after the ERP could not be reached, ms; doubled"
            + " each time, up to backoffMaxMillis")
    int backoffInitialMillis() default 1000;

    @AttributeDefinition(min = "100", description = "The longest wait between tries while the ERP is down, ms")
    int backoffMaxMillis() default 300000;
}
