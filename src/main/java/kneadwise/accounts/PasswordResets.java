package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by an emailed link that works once and for {@link #LIFETIME} (OWASP ASVS 2.5): asking never
 * reveals whether an account exists, and a new password ends every session and API token of the account and clears
 * the failed logins counted against it.
 */
@Service
class PasswordResets {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** At most this many links an account per {@link #LIFETIME}, so that the form cannot flood a mailbox. */
    static final int MAXIMUM_LINKS = 3;

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Mailer mailer;
    private final Clock clock;
    private final Links links;
    private final LoginThrottle throttle;

    PasswordResets(
            JdbcClient jdbc,
            AccountRepository accounts,
            PasswordEncoder passwords,
            ApiTokens tokens,
            AuditLog audit,
            Mailer mailer,
            Clock clock,
            Links links,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
        this.links = links;
    }

    /** Mails a link when the email has an account and has not had too many lately; does nothing visible otherwise. */
    @Transactional
    void request(String email) {
        accounts.credentialsFor(email)
                .map(AccountRepository.Credentials::account)
                .filter(account -> recentLinks(account.id()) < MAXIMUM_LINKS)
                .ifPresent(account -> {
                    String token = Secrets.newSecret();
                    Instant now = Instant.now(clock);
                    jdbc.sql("""
                    INSERT INTO accounts_password_reset (token_hash, account_id, created_at, expires_at)
                    VALUES (:hash, :accountId, :now, :expiresAt)
                    """)
                            .param("hash", Secrets.sha256(token))
                            .param("accountId", account.id())
                            .param("now", AccountRepository.utc(now))
                            .param("expiresAt", AccountRepository.utc(now.plus(LIFETIME)))
                            .update();
                    audit.record(null, account.id(), "password", "RESET_REQUESTED", AuditLog.ALLOWED);
                    mailer.send(new Mail(
                            account.email(),
                            "Set a new Kneadwise password",
                            "Hello " + account.name()
                                    + ",\n\nTo set a new password, open this link within 30 minutes:\n\n"
                                    + links.to("/password-reset/" + token)
                                    + "\n\nThe link works once. If you did not ask for it, ignore this mail: your password"
                                    + " stays as it is.\n"));
                });
    }

    private int recentLinks(UUID accountId) {
        return jdbc.sql("""
                SELECT count(*)
                FROM accounts_password_reset
                WHERE account_id = :accountId
                  AND created_at > :since
                """)
                .param("accountId", accountId)
                .param("since", AccountRepository.utc(Instant.now(clock).minus(LIFETIME)))
                .query(Integer.class)
                .single();
    }

    /** Whether a link can still be used (to show the form or say it has expired). */
    boolean usable(String token) {
        return jdbc.sql("""
                        SELECT count(*)
                        FROM accounts_password_reset
                        WHERE token_hash = :hash
                          AND used_at IS NULL
                          AND expires_at > :now
                        """)
                        .param("hash", Secrets.sha256(token))
                        .param("now", AccountRepository.utc(Instant.now(clock)))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Uses the link (once: two requests racing on it cannot both succeed), voids the account's other links and sets
     * the new password.
     *
     * @return the account whose password changed; empty when the link is unknown, used or expired
     */
    @Transactional
    Optional<UUID> reset(String token, String newPassword) {
        Optional<UUID> account = jdbc.sql("""
                UPDATE accounts_password_reset
                SET used_at = :now
                WHERE token_hash = :hash
                  AND used_at IS NULL
                  AND expires_at > :now
                RETURNING account_id
                """)
                .param("hash", Secrets.sha256(token))
                .param("now", AccountRepository.utc(Instant.now(clock)))
                .query(UUID.class)
                .optional();
        account.ifPresent(id -> {
            // one link used voids every other link of the account (a mailbox read later cannot reset again)
            jdbc.sql("""
                    UPDATE accounts_password_reset
                    SET used_at = :now
                    WHERE account_id = :id
                      AND used_at IS NULL
                    """)
                    .param("now", AccountRepository.utc(Instant.now(clock)))
                    .param("id", id)
                    .update();
            jdbc.sql("UPDATE accounts_account SET password_hash = :hash WHERE id = :id")
                    .param("hash", passwords.encode(newPassword))
                    .param("id", id)
                    .update();
            tokens.revokeAll(id);
            // The owner proved the email: failed logins by others no longer keep them out (issue 16, item 3).
            accounts.find(id).ifPresent(owner -> throttle.forgetAccount(owner.email()));
            audit.record(null, id, "password", "RESET", AuditLog.ALLOWED);
        });
        return account;
    }
}
