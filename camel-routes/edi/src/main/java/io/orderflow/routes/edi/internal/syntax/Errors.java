package io.orderflow.routes.edi.internal.syntax;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.Set;

/** StAEDI's validation errors in the terms of our acknowledgements. */
final class Errors {

    private static final Set<String> INTERCHANGE = Set.of("ISA", "IEA", "UNB", "UNZ");
    private static final Set<String> GROUP = Set.of("GS", "GE", "UNG", "UNE");

    private Errors() {
    }

    static ErrorKind kind(EDIStreamValidationError error, String segment) {
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
