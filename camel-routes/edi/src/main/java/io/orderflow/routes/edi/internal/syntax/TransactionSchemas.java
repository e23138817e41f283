package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Standard;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.net.URL;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our transaction-set schemas by standard, version and type. A set of a version we have no schema for is read
 * against the nearest one we have: the latest not newer than it, else the oldest (an X12 003040 850 against 004010,
 * a 005030 one against 005010; an EDIFACT D.96A ORDERS or an EANCOM subset against D.01B).
 */
final class TransactionSchemas {

    /**
     * The schema a set is read against: the set's own version, or the nearest, older than the set's (which may add
     * elements the schema does not know) or newer.
     */
    record Choice(Schema schema, String version, boolean exact, boolean newer) {
    }

    private record Key(Standard standard, String version, String type) {
    }

    /**
     * Each complete schema we ship: standard, version, set type, resource. CONTRL is the syntax 3 message (UNH S009
     * {@code CONTRL:D:3}), kept beside the directory it answers.
     */
    private static final List<List<String>> SHIPPED = List.of(
            List.of("X12", "004010", "850", "/edi/x12/004010/850.xml"),
            List.of("X12", "004010", "855", "/edi/x12/004010/855.xml"),
            List.of("X12", "004010", "810", "/edi/x12/004010/810.xml"),
            List.of("X12", "004010", "856", "/edi/x12/004010/856.xml"),
            List.of("X12", "004010", "997", "/edi/x12/004010/997.xml"),
            List.of("X12", "004010", "214", "/edi/x12/004010/214.xml"),
            List.of("X12", "005010", "850", "/edi/x12/005010/850.xml"),
            List.of("X12", "005010", "855", "/edi/x12/005010/855.xml"),
            List.of("X12", "005010", "810", "/edi/x12/005010/810.xml"),
            List.of("X12", "005010", "856", "/edi/x12/005010/856.xml"),
            List.of("X12", "005010", "997", "/edi/x12/005010/997.xml"),
            List.of("X12", "005010", "999", "/edi/x12/005010/999.xml"),
            List.of("X12", "005010", "214", "/edi/x12/005010/214.xml"),
            List.of("EDIFACT", "D01B", "ORDERS", "/edi/edifact/D01B/ORDERS.xml"),
            List.of("EDIFACT", "D01B", "ORDRSP", "/edi/edifact/D01B/ORDRSP.xml"),
            List.of("EDIFACT", "D01B", "DESADV", "/edi/edifact/D01B/DESADV.xml"),
            List.of("EDIFACT", "D01B", "IFTSTA", "/edi/edifact/D01B/IFTSTA.xml"),
            List.of("EDIFACT", "D96A", "INVOIC", "/edi/edifact/D96A/INVOIC.xml"),
            List.of("EDIFACT", "D3", "CONTRL", "/edi/edifact/D01B/CONTRL.xml"));

    private final Map<Key, Schema> schemas = new HashMap<>();

    TransactionSchemas() {
        SchemaFactory factory = SchemaFactory.newFactory();
        for (List<String> shipped : SHIPPED) {
            URL resource = TransactionSchemas.class.getResource(shipped.get(3));
            try {
                // a schema includes its version's shared definitions by a location relative to itself
                factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, resource);
                schemas.put(new Key(Standard.valueOf(shipped.get(0)), shipped.get(1), shipped.get(2)),
                        factory.createSchema(resource));
            } catch (EDISchemaException e) {
                throw new IllegalStateException("transaction schema " + shipped.get(3) + " does not load", e);
            }
        }
    }

    /**
     * @param version X12 GS08 (e.g. {@code 004010VICS}: its first six characters count) or EDIFACT UNH S009
     *                version and release run together (e.g. {@code D96A})
     * @return empty for a set type we have no schema for in any version
     */
    Optional<Choice> forSet(Standard standard, String version, String type) {
        Comparator<String> order = Comparator.comparing(TransactionSchemas::sortKey);
        List<String> versions = schemas.keySet().stream()
                .filter(key -> key.standard() == standard && key.type().equals(type)).map(Key::version)
                .sorted(order).toList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        String wanted = release(standard, version);
        String nearest = versions.stream().filter(v -> order.compare(v, wanted) <= 0).reduce((a, b) -> b)
                .orElse(versions.get(0));
        return Optional.of(new Choice(schemas.get(new Key(standard, nearest, type)), nearest, nearest.equals(wanted),
                order.compare(wanted, nearest) > 0));
    }

    private static String release(Standard standard, String version) {
        String value = version == null ? "" : version.strip();
        return standard == Standard.X12 && value.length() > 6 ? value.substring(0, 6) : value;
    }

    /** X12 releases sort as written; EDIFACT directories by year (96 is 1996, 01 is 2001), then release letter. */
    private static String sortKey(String version) {
        if (version.matches("[A-Z]\\d\\d[A-Z]")) {
            int year = Integer.parseInt(version.substring(1, 3));
            return (year >= 90 ? "19" : "20") + version.substring(1);
        }
        return version;
    }
}
