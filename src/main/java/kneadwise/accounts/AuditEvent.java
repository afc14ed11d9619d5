package kneadwise.accounts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One access to a person's data: who ({@code actorLabel}, and their id when signed in), whose data ({@code
 * subjectId}), which record, what was done and with what result.
 */
public record AuditEvent(
        Instant at,
        @Nullable UUID actorId,
        String actorLabel,
        @Nullable UUID subjectId,
        String record,
        String action,
        String result) {}
