package io.orderflow.routes.edi.internal.partner;

/** The functional acknowledgement a partner wants for each interchange it sends. */
public enum Acknowledgement {
    /** X12 997 functional acknowledgement. */
    X12_997,
    /** X12 999 implementation acknowledgement (005010). */
    X12_999,
    /** EDIFACT CONTRL. */
    CONTRL,
    /** None: the partner does not want acknowledgements. */
    NONE
}
