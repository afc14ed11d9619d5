package kneadwise.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The safety verdict: the most severe level any rule reached, the most urgent of the reasons' urgencies (null when
 * none sends the person to a doctor), and every rule that fired.
 */
public record Triage(TriageLevel level, @Nullable Urgency urgency, List<TriageReason> reasons) {

    public Triage {
        reasons = List.copyOf(reasons);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(reason -> reason.code().equals(code));
    }
}
