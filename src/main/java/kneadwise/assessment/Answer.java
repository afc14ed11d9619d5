package kneadwise.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The personal answer in plain language, safety first. Sections that only make sense when massage is advised now
 * (course, techniques, pressure, cost) are null otherwise; {@code startBack} is null without STarT Back answers and
 * {@code ageNote} when it does not apply.
 */
public record Answer(
        String safety,
        @Nullable String startBack,
        @Nullable ExpectedBenefit expectedBenefit,
        @Nullable String certainty,
        String sideEffects,
        @Nullable String combineWith,
        @Nullable String course,
        @Nullable String techniques,
        @Nullable String pressure,
        @Nullable String cost,
        @Nullable String ageNote) {}
