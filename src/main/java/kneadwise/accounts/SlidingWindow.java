package kneadwise.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "At most {@code limit} within {@code window}" over a table of timestamped rows per key: the limits on actions
 * ({@code ActionLimits}) and on failed logins ({@code LoginThrottle}) both ask it. When the limit is reached, the
 * oldest row that still counts decides how long the caller must wait.
 *
 * @param table and {@code column}: fixed names from this package, never user input
 */
record SlidingWindow(String table, String column) {

    static final SlidingWindow ACTIONS = new SlidingWindow("accounts_limited_action", "acted_at");
    static final SlidingWindow LOGIN_FAILURES = new SlidingWindow("accounts_login_failure", "failed_at");

    /** How long until {@code key} is under its limit again; empty when it is now. */
    Optional<Duration> waitFor(JdbcClient jdbc, String key, int limit, Duration window, Instant now) {
        return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE key = :key AND " + column + " > :since"
                        + " ORDER BY " + column + " DESC OFFSET :skip LIMIT 1")
                .param("key", key)
                .param("since", AccountRepository.utc(now.minus(window)))
                .param("skip", limit - 1)
                .query(OffsetDateTime.class)
                .optional()
                .map(oldest -> Duration.between(now, oldest.toInstant().plus(window)));
    }
}
