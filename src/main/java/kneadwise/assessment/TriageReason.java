package kneadwise.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One rule that fired: its code (a finding, or a derived code), the level it reaches, how soon a doctor is needed
 * (CLINICAL.md section 2a) and what it means for the person. A reason a clinician cleared (section 2b) keeps its code,
 * with {@code cleared} true, level MASSAGE_WITH_PRECAUTIONS, no urgency, and its precaution as the message.
 */
public record TriageReason(
        String code, TriageLevel level, @Nullable Urgency urgency, boolean cleared, String message) {}
