package io.orderflow.routes.edi.internal.syntax;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Map;
import java.util.Set;

/** StAEDI's validation errors in the terms of our acknowledgements. */
final class Errors {

    private static final Set<String> INTERCHANGE = Set.of("ISA", "IEA", "UNB", "UNZ");
    private static final Set<String> GROUP = Set.of("GS", "GE", "UNG", "UNE");

    private Errors() {
    }

    /** Envelope header elements whose errors have a code of their own, by segment and element position. */
    private static final Map<String, ErrorKind> ENVELOPE_ELEMENTS = Map.ofEntries(
            Map.entry("ISA01", ErrorKind.AUTHORIZATION_QUALIFIER_INVALID),
            Map.entry("ISA03", ErrorKind.SECURITY_QUALIFIER_INVALID),
            Map.entry("ISA05", ErrorKind.SENDER_QUALIFIER_INVALID), Map.entry("ISA06", ErrorKind.UNKNOWN_SENDER),
            Map.entry("ISA07", ErrorKind.RECEIVER_QUALIFIER_INVALID), Map.entry("ISA08", ErrorKind.NOT_THE_RECEIVER),
            Map.entry("ISA09", ErrorKind.INTERCHANGE_DATE_INVALID),
            Map.entry("ISA10", ErrorKind.INTERCHANGE_TIME_INVALID), Map.entry("ISA12", ErrorKind.VERSION_NOT_SUPPORTED),
            Map.entry("ISA13", ErrorKind.INTERCHANGE_CONTROL_NUMBER_INVALID),
            Map.entry("ISA14", ErrorKind.ACKNOWLEDGMENT_REQUESTED_INVALID),
            Map.entry("ISA15", ErrorKind.TEST_INDICATOR_INVALID),
            Map.entry("UNB01", ErrorKind.VERSION_NOT_SUPPORTED), Map.entry("UNB02", ErrorKind.UNKNOWN_SENDER),
            Map.entry("UNB03", ErrorKind.NOT_THE_RECEIVER), Map.entry("UNB04", ErrorKind.INTERCHANGE_DATE_INVALID),
            Map.entry("UNB05", ErrorKind.INTERCHANGE_CONTROL_NUMBER_INVALID),
            Map.entry("UNB11", ErrorKind.TEST_INDICATOR_INVALID),
            Map.entry("GS01", ErrorKind.GROUP_NOT_SUPPORTED), Map.entry("GS06", ErrorKind.GROUP_CONTROL_NUMBER_INVALID),
            Map.entry("GS08", ErrorKind.GROUP_VERSION_NOT_SUPPORTED),
            Map.entry("UNG01", ErrorKind.GROUP_NOT_SUPPORTED),
            Map.entry("UNG05", ErrorKind.GROUP_CONTROL_NUMBER_INVALID),
            Map.entry("UNG06", ErrorKind.GROUP_VERSION_NOT_SUPPORTED));
    private static final Set<String> HEADERS = Set.of("ISA", "UNB", "GS", "UNG");

    /**
     * @param element the element's position, 0 for the segment as a whole: an error in an element of an envelope
     *                header is named by that element (TA105, AK905, UCI/UCF codes)
     */
    static ErrorKind kind(EDIStreamValidationError error, String segment, int element) {
        ErrorKind kind = kind(error, segment);
        if (element > 0 && HEADERS.contains(segment) && kind.level() == ErrorKind.Level.ELEMENT) {
            return ENVELOPE_ELEMENTS.getOrDefault(segment + String.format("%02d", element),
                    GROUP.contains(segment) ? ErrorKind.GROUP_HEADER_INVALID : ErrorKind.INVALID_ENVELOPE);
        }
        return kind;
    }

    private static ErrorKind kind(EDIStreamValidationError error, String segment) {
        return switch (error) {
            case CONTROL_REFERENCE_MISMATCH -> INTERCHANGE.contains(segment) ? ErrorKind.INTERCHANGE_CONTROL_NUMBER_MISMATCH
                    : GROUP.contains(segment) ? ErrorKind.GROUP_CONTROL_NUMBER_MISMATCH
                    : ErrorKind.SET_CONTROL_NUMBER_MISMATCH;
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> INTERCHANGE.contains(segment)
                    ? ErrorKind.INTERCHANGE_GROUP_COUNT_MISMATCH
                    : GROUP.contains(segment) ? ErrorKind.GROUP_SET_COUNT_MISMATCH : ErrorKind.SET_SEGMENT_COUNT_MISMATCH;
            case UNRECOGNIZED_SEGMENT_ID -> ErrorKind.UNRECOGNIZED_SEGMENT;
            case UNEXPECTED_SEGMENT -> ErrorKind.UNEXPECTED_SEGMENT;
            case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING,
                    IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                    IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> ErrorKind.MANDATORY_SEGMENT_MISSING;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> ErrorKind.LOOP_TOO_OFTEN;
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> ErrorKind.SEGMENT_TOO_OFTEN;
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT -> ErrorKind.SEGMENT_NOT_IN_SET;
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> ErrorKind.SEGMENT_OUT_OF_SEQUENCE;
            case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING ->
                    ErrorKind.MANDATORY_ELEMENT_MISSING;
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> ErrorKind.CONDITIONAL_ELEMENT_MISSING;
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT -> ErrorKind.TOO_MANY_ELEMENTS;
            case TOO_MANY_REPETITIONS, IMPLEMENTATION_TOO_FEW_REPETITIONS -> ErrorKind.TOO_MANY_REPETITIONS;
            case EXCLUSION_CONDITION_VIOLATED, SEGMENT_EXCLUSION_CONDITION_VIOLATED -> ErrorKind.EXCLUSION_VIOLATED;
            case DATA_ELEMENT_TOO_SHORT -> ErrorKind.ELEMENT_TOO_SHORT;
            case DATA_ELEMENT_TOO_LONG -> ErrorKind.ELEMENT_TOO_LONG;
            case INVALID_CHARACTER_DATA, IMPLEMENTATION_PATTERN_MATCH_FAILURE -> ErrorKind.INVALID_CHARACTER;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> ErrorKind.INVALID_CODE;
            case INVALID_DATE -> ErrorKind.INVALID_DATE;
            case INVALID_TIME -> ErrorKind.INVALID_TIME;
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS, NONE -> ErrorKind.INVALID_ENVELOPE;
        };
    }

    static String describe(EDIStreamValidationError error, String segment, int element, String text) {
        String where = segment + (element > 0 ? String.format("%02d", element) : "");
        String value = text == null || text.isEmpty() ? "" : " ('" + text + "')";
        return where + ": " + error.name().toLowerCase().replace('_', ' ') + value;
    }
}
