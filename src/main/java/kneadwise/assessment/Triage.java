package kneadwise.assessment;

import java.util.List;

/** The safety verdict: the most severe level any rule reached, and every rule that fired. */
public record Triage(TriageLevel level, List<TriageReason> reasons) {

    public Triage {
        reasons = List.copyOf(reasons);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(reason -> reason.code().equals(code));
    }
}
