package kneadwise.evidence;

/** What the evidence says of a claim found in a text. */
public enum ClaimVerdict {
    CONTRADICTED("Studies point the other way"),
    NOT_SUPPORTED("No good evidence for it"),
    NO_SOURCE("No source could be found"),
    OVERSTATED("Says more than the source does"),
    WRONG_CITATION("The source is cited wrongly");

    private final String inWords;

    ClaimVerdict(String inWords) {
        this.inWords = inWords;
    }

    /** The verdict as the claim check page says it. */
    public String inWords() {
        return inWords;
    }
}
