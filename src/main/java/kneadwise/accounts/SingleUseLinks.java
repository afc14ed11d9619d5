package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Secrets mailed as links that work once and for a while (password reset, email verification), one table per
 * purpose with the same columns: {@code token_hash, account_id, created_at, expires_at, used_at}. Only a SHA-256 of
 * each secret is stored, and using one link voids the account's other links of the same purpose.
 */
final class SingleUseLinks {

    /** The tables, named here and nowhere else, so that no text from outside reaches the SQL. */
    enum Purpose {
        PASSWORD_RESET("accounts_password_reset"),
        EMAIL_VERIFICATION("accounts_email_verification");

        private final String table;

        Purpose(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final Duration lifetime;

    SingleUseLinks(JdbcClient jdbc, Clock clock, Purpose purpose, Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = purpose.table;
        this.lifetime = lifetime;
    }

    /** A new secret for the account, usable for the lifetime. */
    String issue(UUID accountId) {
        String token = Secrets.newSecret();
        Instant now = Instant.now(clock);
        jdbc.sql("INSERT INTO " + table + " (token_hash, account_id, created_at, expires_at)"
                        + " VALUES (:hash, :accountId, :now, :expiresAt)")
                .param("hash", Secrets.sha256(token))
                .param("accountId", accountId)
                .param("now", AccountRepository.utc(now))
                .param("expiresAt", AccountRepository.utc(now.plus(lifetime)))
                .update();
        return token;
    }

    /** How many links the account was given within the last {@code window}. */
    int issuedWithin(UUID accountId, Duration window) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE account_id = :accountId AND created_at > :since")
                .param("accountId", accountId)
                .param("since", AccountRepository.utc(Instant.now(clock).minus(window)))
                .query(Integer.class)
                .single();
    }

    /** Whether a link can still be used (to show its form, or say it has expired). */
    boolean usable(String token) {
        return jdbc.sql("SELECT count(*) FROM " + table
                                + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                        .param("hash", Secrets.sha256(token))
                        .param("now", AccountRepository.utc(Instant.now(clock)))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Uses the link (once: two requests racing on it cannot both succeed) and voids the account's other links, in
     * the caller's transaction.
     *
     * @return the link's account; empty when the link is unknown, used or expired
     */
    Optional<UUID> use(String token) {
        Instant now = Instant.now(clock);
        Optional<UUID> account = jdbc.sql("UPDATE " + table + " SET used_at = :now"
                        + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now"
                        + " RETURNING account_id")
                .param("hash", Secrets.sha256(token))
                .param("now", AccountRepository.utc(now))
                .query(UUID.class)
                .optional();
        account.ifPresent(
                id -> jdbc.sql("UPDATE " + table + " SET used_at = :now WHERE account_id = :id AND used_at IS NULL")
                        .param("now", AccountRepository.utc(now))
                        .param("id", id)
                        .update());
        return account;
    }
}
