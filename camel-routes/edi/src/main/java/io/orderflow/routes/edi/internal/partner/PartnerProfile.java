package io.orderflow.routes.edi.internal.partner;

import io.orderflow.platform.api.config.AllowedPaths;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One partner, one factory configuration: PID {@code orderflow.routes.edi.partner~<name>}, written as the file
 * {@code etc/orderflow.routes.edi.partner-<name>.cfg} (fileinstall's name for it). Adding, changing or deleting the
 * file starts, restarts or stops that partner's routes while the others go on.
 */
@Component(service = PartnerProfile.class, configurationPid = PartnerProfile.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PartnerProfile.Config.class, factory = true)
public final class PartnerProfile {

    public static final String PID = "orderflow.routes.edi.partner";

    @ObjectClassDefinition(name = "Orderflow EDI partner", description = "A trading partner's profile")
    public @interface Config {
        @AttributeDefinition(description = "Our name for the partner; it names its folders (letters, digits, - and _)")
        String partner();

        @AttributeDefinition(description = "X12 or EDIFACT")
        Standard standard() default Standard.X12;

        @AttributeDefinition(description = "The version we write: 004010 (X12) or D96A (EDIFACT)")
        String version() default "004010";

        @AttributeDefinition(description = "The partner's interchange id qualifier (ISA05 / UNB02-2)")
        String qualifier() default "ZZ";

        @AttributeDefinition(description = "The partner's interchange id (ISA06 / UNB02-1); files from other senders"
                + " are refused")
        String interchangeId();

        @AttributeDefinition(description = "Our interchange id qualifier (ISA07 / UNB03-2)")
        String ourQualifier() default "ZZ";

        @AttributeDefinition(description = "Our interchange id (ISA08 / UNB03-1); files for other receivers are refused")
        String ourId() default "ORDERFLOW";

        @AttributeDefinition(description = "The sales customer the partner's orders are for")
        String customer();

        @AttributeDefinition(description = "The acknowledgement the partner wants: X12_997, X12_999, CONTRL or NONE")
        Acknowledgement acknowledgement() default Acknowledgement.X12_997;

        @AttributeDefinition(description = "A TA1 when an X12 envelope is refused")
        boolean ta1() default false;

        @AttributeDefinition(description = "A dispatch advice (X12 856 in the partner's version, EDIFACT DESADV D.01B)"
                + " for each shipment of the partner's orders")
        boolean dispatchAdvice() default false;

        @AttributeDefinition(description = "An invoice (X12 810 in the partner's version, EDIFACT INVOIC D.96A) for"
                + " each invoice finance issues for the partner's orders")
        boolean invoices() default false;

        @AttributeDefinition(description = "Status codes of the carrier's 214 / IFTSTA over the standard's usual ones:"
                + " code or code/reason = MILESTONE with +FLAGs, separated by commas, e.g. D1=DELIVERED,"
                + " X6/A1=IN_TRANSIT+DELAYED")
        String statusCodes() default "";

        @AttributeDefinition(description = "The zone of the carrier's status times that name none and whose place"
                + " tells none (a zone id such as Europe/Berlin, or UTC)")
        String timeZone() default "UTC";

        @AttributeDefinition(description = "The carrier's delivery with a signer counts as the customer's sign-off")
        boolean proofOfDelivery() default false;

        @AttributeDefinition(description = "An interchange sent again: REJECT, REACKNOWLEDGE or QUARANTINE")
        DuplicatePolicy duplicates() default DuplicatePolicy.REJECT;

        @AttributeDefinition(description = "LENIENT: characters outside the declared syntax level and code-list errors"
                + " in envelope elements we do not use are warnings kept in the ledger; STRICT: they reject")
        Strictness strictness() default Strictness.LENIENT;

        @AttributeDefinition(description = "Segment terminator we write; empty for the standard's usual one")
        String segmentTerminator() default "";

        @AttributeDefinition(description = "Element separator we write; empty for the standard's usual one")
        String elementSeparator() default "";

        @AttributeDefinition(description = "Component separator we write; empty for the standard's usual one")
        String componentSeparator() default "";

        @AttributeDefinition(description = "A line break after each segment we write")
        boolean newlineAfterSegment() default true;

        @AttributeDefinition(description = "Empty for the partner's folders; else sftp://user@host:port of its server")
        String sftpUri() default "";

        @AttributeDefinition(description = "The password on the partner's SFTP server", type =
                org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String sftpPassword() default "";

        @AttributeDefinition(description = "The remote folder its files are picked up from")
        String sftpInbox() default "out";

        @AttributeDefinition(description = "The remote folder our files are put into")
        String sftpOutbox() default "in";

        @AttributeDefinition(description = "A known_hosts file holding the SFTP server's key; empty accepts any key"
                + " (for trials only: it is logged as a warning)")
        String sftpKnownHosts() default "";
    }

    private final Partner partner;

    @Activate
    public PartnerProfile(@Reference AllowedPaths paths, Config config) {
        this.partner = of(config, paths);
    }

    public Partner partner() {
        return partner;
    }

    /** @throws InvalidConfigurationException naming every problem of the profile */
    static Partner of(Config config, AllowedPaths paths) {
        List<FieldProblem> problems = problems(config, paths);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(PID + "~" + config.partner(), problems);
        }
        boolean x12 = config.standard() == Standard.X12;
        Delimiters usual = x12 ? Delimiters.X12 : Delimiters.EDIFACT;
        Delimiters delimiters = new Delimiters(delimiter(config.segmentTerminator(), usual.segment()),
                delimiter(config.elementSeparator(), usual.element()),
                delimiter(config.componentSeparator(), usual.component()), usual.repetition(),
                config.newlineAfterSegment());
        return new Partner(config.partner(), config.standard(), config.version(), config.qualifier().strip(),
                config.interchangeId().strip(), config.ourQualifier().strip(), config.ourId().strip(),
                config.customer().strip(), config.acknowledgement(), config.ta1(), config.duplicates(),
                config.strictness(), delimiters,
                new Transport(config.sftpUri().strip(), config.sftpPassword(), config.sftpInbox().strip(),
                        config.sftpOutbox().strip(), config.sftpKnownHosts().isBlank() ? ""
                        : paths.readableFile(config.sftpKnownHosts().strip()).toString()), config.dispatchAdvice(),
                config.invoices(),
                new StatusSettings(StatusCodes.defaults(config.standard()).overlay(config.statusCodes()),
                        ZoneId.of(config.timeZone().strip()), config.proofOfDelivery()));
    }

    /** Every problem of a profile, by attribute; also asked by the platform before a change is kept. */
    public static List<FieldProblem> problems(Config config, AllowedPaths paths) {
        List<FieldProblem> problems = new ArrayList<>();
        if (config.partner() == null || !Partner.validId(config.partner())) {
            problems.add(new FieldProblem("partner", "must be 1 to 35 letters, digits, - or _"));
        }
        require(config.interchangeId(), "interchangeId", problems);
        require(config.ourId(), "ourId", problems);
        require(config.customer(), "customer", problems);
        boolean x12 = config.standard() == Standard.X12;
        if (x12 && !config.version().matches("00[45]010")) {
            problems.add(new FieldProblem("version", "must be 004010 or 005010 for X12"));
        } else if (!x12 && !config.version().matches("D(96A|01B)")) {
            problems.add(new FieldProblem("version", "must be D96A or D01B for EDIFACT"));
        }
        if (x12 == (config.acknowledgement() == Acknowledgement.CONTRL)) {
            problems.add(new FieldProblem("acknowledgement", config.acknowledgement() + " does not belong to "
                    + config.standard()));
        }
        checkDelimiter(config.segmentTerminator(), "segmentTerminator", problems);
        checkDelimiter(config.elementSeparator(), "elementSeparator", problems);
        checkDelimiter(config.componentSeparator(), "componentSeparator", problems);
        if (!config.sftpUri().isBlank() && !config.sftpUri().matches("sftp://[^@/\\s]+@[^:/\\s]+(:\\d+)?")) {
            problems.add(new FieldProblem("sftpUri", "must look like sftp://user@host:port"));
        }
        StatusCodes.problems(config.statusCodes()).forEach(p -> problems.add(new FieldProblem("statusCodes", p)));
        try {
            ZoneId.of(config.timeZone().strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", "'" + config.timeZone() + "' is not a zone id such as"
                    + " Europe/Berlin or UTC"));
        }
        if (!config.sftpKnownHosts().isBlank()) {
            paths.readableProblem(config.sftpKnownHosts().strip())
                    .ifPresent(p -> problems.add(new FieldProblem("sftpKnownHosts", p)));
        }
        return problems;
    }

    private static void require(String value, String name, List<FieldProblem> problems) {
        if (value == null || value.isBlank() || value.strip().length() > 35) {
            problems.add(new FieldProblem(name, "is required, at most 35 characters"));
        }
    }

    private static void checkDelimiter(String value, String name, List<FieldProblem> problems) {
        if (!value.isEmpty() && (value.length() != 1 || Character.isLetterOrDigit(value.charAt(0))
                || value.charAt(0) == ' ')) {
            problems.add(new FieldProblem(name, "'" + value + "' must be one character, not a letter, digit or space"));
        }
    }

    private static char delimiter(String value, char usual) {
        return value.isEmpty() ? usual : value.charAt(0);
    }
}
