package kneadwise.assessment;

import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One row of the triage table of CLINICAL.md section 2: when it fires, the level it reaches, the message for the
 * person and where the rule comes from.
 *
 * @param when given the findings and the age, whether the rule fires
 */
record TriageRule(
        String code, TriageLevel level, BiPredicate<Set<Finding>, Integer> when, String message, String source) {

    /** A rule that fires whenever {@code finding} is reported. */
    static TriageRule on(Finding finding, TriageLevel level, String message, String source) {
        return new TriageRule(finding.name(), level, (findings, age) -> findings.contains(finding), message, source);
    }

    boolean firesFor(Set<Finding> findings, int age) {
        return when.test(findings, age);
    }

    TriageReason reason() {
        return new TriageReason(code, level, message);
    }
}
