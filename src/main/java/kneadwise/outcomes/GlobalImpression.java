package kneadwise.outcomes;

/**
 * The person's own overall judgement at the end of the course, on the 7 points of the Patient Global Impression of
 * Change. It is shown beside the verdicts; CLINICAL.md section 4 judges by pain and function only, so it changes no
 * verdict.
 */
public enum GlobalImpression {
    VERY_MUCH_IMPROVED("Very much improved"),
    MUCH_IMPROVED("Much improved"),
    MINIMALLY_IMPROVED("A little improved"),
    NO_CHANGE("No change"),
    MINIMALLY_WORSE("A little worse"),
    MUCH_WORSE("Much worse"),
    VERY_MUCH_WORSE("Very much worse");

    private final String words;

    GlobalImpression(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
