package kneadwise.evidence;

/** What the evidence says of a claim found in a text. */
public enum ClaimVerdict {
    /** Studies point the other way. */
    CONTRADICTED,
    /** There is no good evidence for it. */
    NOT_SUPPORTED,
    /** No source for it could be found. */
    NO_SOURCE,
    /** A real source is quoted as saying more than it does. */
    OVERSTATED,
    /** A source is cited wrongly (wrong authors or article number). */
    WRONG_CITATION
}
