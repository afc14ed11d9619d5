package kneadwise.assessment;

import kneadwise.evidence.TreatmentOption;
import org.jspecify.annotations.Nullable;

/**
 * One treatment option for the person's phase (CLINICAL.md section 5a), and whether it fits what they said matters
 * most to them.
 *
 * @param fits null when the person skipped the values step
 */
public record OptionForYou(TreatmentOption option, @Nullable Boolean fits) {}
