package io.orderflow.routes.carrier.internal.profile;

import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.routes.carrier.internal.format.CodeMap;
import io.orderflow.routes.carrier.internal.signature.SignatureCheck;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One carrier, one factory configuration: PID {@code orderflow.routes.carrier.profile~<name>}, the file
 * {@code etc/orderflow.routes.carrier.profile-<name>.cfg}. Its webhooks arrive at
 * {@code POST /api/carrier/webhooks/<carrier>}.
 */
@Component(service = CarrierProfile.class, configurationPid = CarrierProfile.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CarrierProfile.Config.class, factory = true)
public final class CarrierProfile {

    public static final String PID = "orderflow.routes.carrier.profile";

    @ObjectClassDefinition(name = "Orderflow carrier", description = "A carrier sending tracking webhooks")
    public @interface Config {
        @AttributeDefinition(description = "Our name for the carrier, in its webhook URL (lower-case letters, digits"
                + " and -)")
        String carrier();

        @AttributeDefinition(description = "The body's format: ORDERFLOW_JSON, EASYPOST or AFTERSHIP")
        PayloadFormat format() default PayloadFormat.ORDERFLOW_JSON;

        @AttributeDefinition(description = "How it signs: STANDARD_WEBHOOKS, EASYPOST_HMAC, AFTERSHIP_HMAC or URL_TOKEN"
                + " (the weakest)")
        SignatureScheme signature() default SignatureScheme.STANDARD_WEBHOOKS;

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "The secret it signs with (Standard"
                + " Webhooks: whsec_<base64>)")
        String secret();

        @AttributeDefinition(type = AttributeType.PASSWORD, required = false, description = "The secret it signed with"
                + " before a rotation, accepted as well until removed; empty for none")
        String previousSecret() default "";

        @AttributeDefinition(description = "The header of an AFTERSHIP_HMAC signature")
        String signatureHeader() default "aftership-hmac-sha256";

        @AttributeDefinition(min = "1", max = "3600", description = "Seconds a signed timestamp may differ from our"
                + " clock (Standard Webhooks)")
        int toleranceSeconds() default 300;

        @AttributeDefinition(required = false, description = "The carrier's codes beyond or instead of the format's"
                + " own map: code=MILESTONE[+FLAG…], e.g. 3102=OUT_FOR_DELIVERY or X9=IN_TRANSIT+DELAYED")
        String[] codes() default {};

        @AttributeDefinition(description = "Its delivery with a signer counts as the customer's sign-off")
        boolean proofOfDelivery() default false;

        @AttributeDefinition(required = false, description = "The zone of a local time the carrier sends without one"
                + " and without a location that tells it (a region id such as Asia/Shanghai); empty: the business"
                + " zone")
        String assumedZone() default "";

        @AttributeDefinition(description = "false: its webhooks are answered 410 Gone and nothing is kept")
        boolean enabled() default true;
    }

    private final Config config;
    private final ZoneId assumedZone;
    private final CodeMap codes;
    private final SignatureCheck signatureCheck;

    @Activate
    public CarrierProfile(Config config, Map<String, Object> properties) {
        List<FieldProblem> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(String.valueOf(properties.getOrDefault("service.pid", PID)),
                    problems);
        }
        this.config = config;
        this.assumedZone = config.assumedZone().isBlank() ? null : ZoneId.of(config.assumedZone().strip());
        this.codes = CodeMap.defaults(config.format()).overlay(config.codes());
        this.signatureCheck = signatureCheck(config);
    }

    private static SignatureCheck signatureCheck(Config config) {
        List<String> secrets = config.previousSecret().isBlank() ? List.of(config.secret().strip())
                : List.of(config.secret().strip(), config.previousSecret().strip());
        return new SignatureCheck(config.signature(), secrets, Duration.ofSeconds(config.toleranceSeconds()),
                config.signatureHeader());
    }

    /** Every problem of a profile, for the component and the configuration check alike. */
    static List<FieldProblem> problems(Config config) {
        List<FieldProblem> problems = new ArrayList<>();
        if (config.carrier() == null || !config.carrier().matches("[a-z0-9][a-z0-9-]{0,34}")) {
            problems.add(new FieldProblem("carrier", "is required: 1 to 35 lower-case letters, digits and -"));
        }
        if (config.secret() == null || config.secret().isBlank()) {
            problems.add(new FieldProblem("secret", "is required"));
        } else {
            try {
                signatureCheck(config);
            } catch (IllegalArgumentException e) {
                // the check names the secret by its position, never its value
                problems.add(new FieldProblem(e.getMessage().startsWith("secret 2") ? "previousSecret" : "secret",
                        e.getMessage().replaceFirst("^secret [12] ", "")));
            }
        }
        if (config.signatureHeader() == null || !config.signatureHeader().matches("[A-Za-z0-9-]{1,64}")) {
            problems.add(new FieldProblem("signatureHeader", "is a header name: letters, digits and -"));
        }
        if (config.toleranceSeconds() < 1 || config.toleranceSeconds() > 3600) {
            problems.add(new FieldProblem("toleranceSeconds", "must be 1 to 3600"));
        }
        problems.addAll(CodeMap.problems("codes", config.codes()));
        if (!config.assumedZone().isBlank()) {
            try {
                ZoneId.of(config.assumedZone().strip());
            } catch (DateTimeException e) {
                problems.add(new FieldProblem("assumedZone", "'" + config.assumedZone() + "' is not a time zone"));
            }
        }
        return problems;
    }

    public String carrier() {
        return config.carrier();
    }

    public PayloadFormat format() {
        return config.format();
    }

    public SignatureScheme signature() {
        return config.signature();
    }

    /** Verifies this carrier's webhooks with its scheme and active secrets. */
    public SignatureCheck signatureCheck() {
        return signatureCheck;
    }

    /** The header an AfterShip-style signature travels in, lower case. */
    public String signatureHeaderName() {
        return config.signatureHeader().toLowerCase(Locale.ROOT);
    }

    /** The format's code map overlaid by the carrier's own entries. */
    public CodeMap codes() {
        return codes;
    }

    public boolean proofOfDelivery() {
        return config.proofOfDelivery();
    }

    /** The configured zone of a local time without one; empty for the business zone. */
    public Optional<ZoneId> assumedZone() {
        return Optional.ofNullable(assumedZone);
    }

    public boolean enabled() {
        return config.enabled();
    }
}
