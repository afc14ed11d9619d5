package kneadwise.assessment;

import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the triage table of CLINICAL.md section 2: when it fires, the level it reaches, how soon (section 2a),
 * the message for the person, where the rule comes from, and, for a SEE_CLINICIAN_FIRST rule, the precaution that
 * stands once a clinician has cleared it (section 2b).
 *
 * @param when given the findings and the age, whether the rule fires
 * @param clearedMessage the precaution after a clinician's clearance; null when the rule cannot be cleared
 */
record TriageRule(
        String code,
        TriageLevel level,
        @Nullable Urgency urgency,
        BiPredicate<Set<Finding>, Integer> when,
        String message,
        @Nullable String clearedMessage,
        String source) {

    /** An EMERGENCY rule: never cleared. */
    static TriageRule emergency(Finding finding, String message, String source) {
        return new TriageRule(
                finding.name(),
                TriageLevel.EMERGENCY,
                Urgency.EMERGENCY_NOW,
                (findings, age) -> findings.contains(finding),
                message,
                null,
                source);
    }

    /** A SEE_CLINICIAN_FIRST rule on one finding, with its urgency and its precaution once cleared. */
    static TriageRule seeClinician(
            Finding finding, Urgency urgency, String message, String clearedMessage, String source) {
        return new TriageRule(
                finding.name(),
                TriageLevel.SEE_CLINICIAN_FIRST,
                urgency,
                (findings, age) -> findings.contains(finding),
                message,
                clearedMessage,
                source);
    }

    /** A MASSAGE_WITH_PRECAUTIONS rule: no urgency, nothing to clear. */
    static TriageRule precaution(Finding finding, String message, String source) {
        return new TriageRule(
                finding.name(),
                TriageLevel.MASSAGE_WITH_PRECAUTIONS,
                null,
                (findings, age) -> findings.contains(finding),
                message,
                null,
                source);
    }

    boolean firesFor(Set<Finding> findings, int age) {
        return when.test(findings, age);
    }

    /** Only SEE_CLINICIAN_FIRST reasons may be cleared (CLINICAL.md section 2b). */
    boolean clearable() {
        return clearedMessage != null;
    }

    TriageReason reason() {
        return new TriageReason(code, level, urgency, false, message);
    }

    TriageReason clearedReason() {
        if (clearedMessage == null) {
            throw new IllegalStateException(code + " cannot be cleared");
        }
        return new TriageReason(code, TriageLevel.MASSAGE_WITH_PRECAUTIONS, null, true, clearedMessage);
    }
}
