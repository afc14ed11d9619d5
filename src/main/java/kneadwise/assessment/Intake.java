package kneadwise.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person tells the check-in (CONTRACT.md section 3). Readers of outside input check every field first and
 * name each problem; the checks here guard the engine against a caller that did not.
 *
 * @param rmdq the 24 RMDQ answers in questionnaire order, or null when not given
 * @param odi the 10 ODI section scores (null for a section not answered), or null when not given
 * @param clearedFindings reason codes a clinician has examined and cleared (CLINICAL.md section 2b)
 * @param whatMatters what the person said matters most to them (the optional values step, section 5a)
 */
public record Intake(
        int age,
        double painDurationWeeks,
        int painNow,
        Set<Finding> findings,
        @Nullable StartBackAnswers startBack,
        @Nullable List<Boolean> rmdq,
        @Nullable List<@Nullable Integer> odi,
        Set<String> clearedFindings,
        Set<WhatMatters> whatMatters) {

    public static final int MINIMUM_AGE = 18;
    public static final int MAXIMUM_AGE = 120;
    public static final int MAXIMUM_DURATION_WEEKS = 5200;
    public static final int MAXIMUM_PAIN = 10;

    public Intake {
        if (age < MINIMUM_AGE || age > MAXIMUM_AGE) {
            throw new IllegalArgumentException("Age must be 18 to 120, not " + age);
        }
        if (!(painDurationWeeks >= 0 && painDurationWeeks <= MAXIMUM_DURATION_WEEKS)) {
            throw new IllegalArgumentException("Pain duration must be 0 to 5200 weeks, not " + painDurationWeeks);
        }
        if (painNow < 0 || painNow > MAXIMUM_PAIN) {
            throw new IllegalArgumentException("Pain now must be 0 to 10, not " + painNow);
        }
        findings = findings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(findings));
        clearedFindings = Set.copyOf(clearedFindings);
        whatMatters = whatMatters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(whatMatters));
    }

    /** An intake with only the required answers; instruments can be added with the {@code with...} methods. */
    public static Intake of(int age, double painDurationWeeks, int painNow, Set<Finding> findings) {
        return new Intake(age, painDurationWeeks, painNow, findings, null, null, null, Set.of(), Set.of());
    }

    public Intake withStartBack(StartBackAnswers answers) {
        return new Intake(age, painDurationWeeks, painNow, findings, answers, rmdq, odi, clearedFindings, whatMatters);
    }

    public Intake withRmdq(List<Boolean> answers) {
        return new Intake(
                age,
                painDurationWeeks,
                painNow,
                findings,
                startBack,
                List.copyOf(answers),
                odi,
                clearedFindings,
                whatMatters);
    }

    public Intake withOdi(List<@Nullable Integer> sections) {
        return new Intake(
                age, painDurationWeeks, painNow, findings, startBack, rmdq, sections, clearedFindings, whatMatters);
    }

    /** The same intake with these reasons cleared by a clinician (replacing any cleared before). */
    public Intake withCleared(Set<String> codes) {
        return new Intake(age, painDurationWeeks, painNow, findings, startBack, rmdq, odi, codes, whatMatters);
    }

    /** The same intake with what matters most to the person (replacing any given before). */
    public Intake withWhatMatters(Set<WhatMatters> wishes) {
        return new Intake(age, painDurationWeeks, painNow, findings, startBack, rmdq, odi, clearedFindings, wishes);
    }
}
