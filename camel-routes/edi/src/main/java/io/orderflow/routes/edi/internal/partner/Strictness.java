package io.orderflow.routes.edi.internal.partner;

/**
 * How strictly a partner's files are read. Either way, mandatory data and structure errors reject a set and a
 * well-formed segment our schema does not know is kept with a warning.
 */
public enum Strictness {
    /** Characters outside the declared syntax level and code-list errors in envelope elements we do not use reject. */
    STRICT,
    /** Those become warnings kept in the ledger: what real partners send is taken when its meaning is clear. */
    LENIENT
}
