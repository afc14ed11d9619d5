/**
 * Outcomes: whether massage is working, judged against clinically important change (CLINICAL.md section 4). The
 * stateless evaluation; each course's session logs with the verdicts at the checkpoint and the end, charts and the
 * summary for a doctor; log reminders; the therapist's session notes; the clinic dashboard over every course's
 * result, and the record a therapist may publish; {@code ./kneadwise demo-outcomes} to try it at scale.
 */
@NullMarked
package kneadwise.outcomes;

import org.jspecify.annotations.NullMarked;
