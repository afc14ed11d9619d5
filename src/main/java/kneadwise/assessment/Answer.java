package kneadwise.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The personal answer in plain language, safety first. The emergency answer has only {@code safety} (CLINICAL.md
 * section 5: only what to do now). Sections that only make sense when massage is advised now (combine with, course,
 * techniques, pressure, cost) are null otherwise; {@code startBack} is null without STarT Back answers, {@code
 * ageNote} when it does not apply, and {@code whatMatters} when the person skipped the values step.
 */
public record Answer(
        String safety,
        @Nullable String startBack,
        @Nullable ExpectedBenefit expectedBenefit,
        @Nullable String certainty,
        @Nullable String sideEffects,
        @Nullable String combineWith,
        @Nullable String course,
        @Nullable String techniques,
        @Nullable String pressure,
        @Nullable String cost,
        @Nullable String ageNote,
        @Nullable String whatMatters) {

    static Answer emergency(String safety) {
        return new Answer(safety, null, null, null, null, null, null, null, null, null, null, null);
    }
}
