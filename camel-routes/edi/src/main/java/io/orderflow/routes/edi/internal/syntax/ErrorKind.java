package io.orderflow.routes.edi.internal.syntax;

/**
 * The kinds of error an acknowledgement can report, with the code each standard gives them: X12 AK304 (segment),
 * AK403 (element), AK502 (set), AK905 (group) or TA105 (interchange); EDIFACT syntax error codes (ISO 9735, 0085).
 */
public enum ErrorKind {
    UNRECOGNIZED_SEGMENT(Level.SEGMENT, "1", "15"),
    UNEXPECTED_SEGMENT(Level.SEGMENT, "2", "15"),
    MANDATORY_SEGMENT_MISSING(Level.SEGMENT, "3", "13"),
    LOOP_TOO_OFTEN(Level.SEGMENT, "4", "36"),
    SEGMENT_TOO_OFTEN(Level.SEGMENT, "5", "35"),
    SEGMENT_NOT_IN_SET(Level.SEGMENT, "6", "15"),
    SEGMENT_OUT_OF_SEQUENCE(Level.SEGMENT, "7", "15"),
    MANDATORY_ELEMENT_MISSING(Level.ELEMENT, "1", "13"),
    CONDITIONAL_ELEMENT_MISSING(Level.ELEMENT, "2", "13"),
    TOO_MANY_ELEMENTS(Level.ELEMENT, "3", "16"),
    ELEMENT_TOO_SHORT(Level.ELEMENT, "4", "40"),
    ELEMENT_TOO_LONG(Level.ELEMENT, "5", "39"),
    INVALID_CHARACTER(Level.ELEMENT, "6", "21"),
    INVALID_CODE(Level.ELEMENT, "7", "12"),
    INVALID_DATE(Level.ELEMENT, "8", "12"),
    INVALID_TIME(Level.ELEMENT, "9", "12"),
    EXCLUSION_VIOLATED(Level.ELEMENT, "10", "12"),
    TOO_MANY_REPETITIONS(Level.ELEMENT, "3", "35"),
    /** A value the syntax allows but the order intake refuses (unknown product, quantity not above zero). */
    VALUE_REFUSED(Level.ELEMENT, "7", "12"),
    SET_NOT_SUPPORTED(Level.SET, "1", "14"),
    SET_TRAILER_MISSING(Level.SET, "2", "13"),
    SET_CONTROL_NUMBER_MISMATCH(Level.SET, "3", "28"),
    SET_SEGMENT_COUNT_MISMATCH(Level.SET, "4", "29"),
    GROUP_NOT_SUPPORTED(Level.GROUP, "1", "14"),
    GROUP_VERSION_NOT_SUPPORTED(Level.GROUP, "2", "2"),
    GROUP_CONTROL_NUMBER_INVALID(Level.GROUP, "6", "12"),
    /** A group the partner sent before in another interchange (EDIFACT: duplicate detected). */
    DUPLICATE_GROUP(Level.GROUP, "", "26"),
    /** Another element of the group header, e.g. its date: the X12 group codes have none for it, so AK9 gives none. */
    GROUP_HEADER_INVALID(Level.GROUP, "", "12"),
    GROUP_CONTROL_NUMBER_MISMATCH(Level.GROUP, "4", "28"),
    GROUP_SET_COUNT_MISMATCH(Level.GROUP, "5", "29"),
    INTERCHANGE_CONTROL_NUMBER_MISMATCH(Level.INTERCHANGE, "001", "28"),
    INTERCHANGE_GROUP_COUNT_MISMATCH(Level.INTERCHANGE, "021", "29"),
    SENDER_QUALIFIER_INVALID(Level.INTERCHANGE, "005", "12"),
    UNKNOWN_SENDER(Level.INTERCHANGE, "006", "23"),
    RECEIVER_QUALIFIER_INVALID(Level.INTERCHANGE, "007", "12"),
    NOT_THE_RECEIVER(Level.INTERCHANGE, "008", "7"),
    AUTHORIZATION_QUALIFIER_INVALID(Level.INTERCHANGE, "010", "12"),
    SECURITY_QUALIFIER_INVALID(Level.INTERCHANGE, "012", "12"),
    INTERCHANGE_DATE_INVALID(Level.INTERCHANGE, "014", "12"),
    INTERCHANGE_TIME_INVALID(Level.INTERCHANGE, "015", "12"),
    VERSION_NOT_SUPPORTED(Level.INTERCHANGE, "017", "2"),
    INTERCHANGE_CONTROL_NUMBER_INVALID(Level.INTERCHANGE, "018", "12"),
    ACKNOWLEDGMENT_REQUESTED_INVALID(Level.INTERCHANGE, "019", "12"),
    TEST_INDICATOR_INVALID(Level.INTERCHANGE, "020", "25"),
    INVALID_ENVELOPE(Level.INTERCHANGE, "024", "12");

    /** Where in the interchange an error of this kind sits. */
    public enum Level {
        INTERCHANGE, GROUP, SET, SEGMENT, ELEMENT
    }

    private final Level level;
    private final String x12;
    private final String edifact;

    ErrorKind(Level level, String x12, String edifact) {
        this.level = level;
        this.x12 = x12;
        this.edifact = edifact;
    }

    public Level level() {
        return level;
    }

    /** The X12 code in the acknowledgement segment of this level (AK304, AK403, AK502, AK905 or TA105); may be empty. */
    public String x12Code() {
        return x12;
    }

    /** The EDIFACT syntax error code (data element 0085). */
    public String edifactCode() {
        return edifact;
    }
}
