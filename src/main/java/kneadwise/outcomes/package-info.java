/**
 * Outcomes: whether massage is working, judged against clinically important change. Today the stateless evaluation
 * ({@code POST /api/v1/outcomes/evaluate}); session logs, checkpoints and dashboards come with later issues.
 */
@NullMarked
package kneadwise.outcomes;

import org.jspecify.annotations.NullMarked;
