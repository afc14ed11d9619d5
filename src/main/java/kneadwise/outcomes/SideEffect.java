package kneadwise.outcomes;

import org.jspecify.annotations.Nullable;

/**
 * A side effect after a session. The commonest in the trials was a temporary increase in pain, in 1.5% to 25% of
 * participants, and none was serious (Furlan et al. 2015, CLINICAL.md section 5).
 *
 * @param severity null when the person did not say
 * @param description the person's words, for OTHER
 */
public record SideEffect(
        Kind kind, @Nullable Severity severity, @Nullable String description) {

    public enum Kind {
        SORENESS,
        BRUISING,
        OTHER
    }

    public enum Severity {
        MILD("Mild"),
        MODERATE("Moderate"),
        SEVERE("Severe");

        private final String words;

        Severity(String words) {
            this.words = words;
        }

        /** As the log page offers it. */
        public String words() {
            return words;
        }
    }

    static final int LONGEST_DESCRIPTION = 200;
}
