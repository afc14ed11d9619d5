package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions that may be taken only so often ({@code accounts_limited_action}): sign-ups per address and per client,
 * invitations per patient, verification links per account. Kept in the database, so every service node counts the
 * same actions.
 */
@Service
class ActionLimits {

    /** The longest window any limit uses: older rows are deleted. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ActionLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one action under {@code key} when fewer than {@code limit} were taken within {@code window}.
     *
     * @return empty when the action may go ahead (and is counted); otherwise how long until it may
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Duration> take(String key, int limit, Duration window) {
        // One key at a time, so that two requests at once cannot both take the last place.
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 16))) AS locked")
                .param("key", key)
                .query(Integer.class)
                .single();
        Instant now = Instant.now(clock);
        Optional<Duration> wait = SlidingWindow.ACTIONS.waitFor(jdbc, key, limit, window, now);
        if (wait.isEmpty()) {
            jdbc.sql("INSERT INTO accounts_limited_action (key, acted_at) VALUES (:key, :now)")
                    .param("key", key)
                    .param("now", AccountRepository.utc(now))
                    .update();
            jdbc.sql("DELETE FROM accounts_limited_action WHERE key = :key AND acted_at < :before")
                    .param("key", key)
                    .param("before", AccountRepository.utc(now.minus(KEPT)))
                    .update();
        }
        return wait;
    }
}
