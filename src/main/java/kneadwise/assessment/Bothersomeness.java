package kneadwise.assessment;

/** STarT Back item 9: how bothersome the back pain has been over the last 2 weeks. */
public enum Bothersomeness {
    NOT_AT_ALL,
    SLIGHTLY,
    MODERATELY,
    VERY_MUCH,
    EXTREMELY;

    /** One point only for "very much" or "extremely" (Hill et al. 2008). */
    int points() {
        return this == VERY_MUCH || this == EXTREMELY ? 1 : 0;
    }
}
