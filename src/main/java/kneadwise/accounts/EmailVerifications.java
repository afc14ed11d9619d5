package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account proves its email by opening a link mailed to it, which works once and for {@link #LIFETIME} (issue 16,
 * item 1): until then it uses its own data but cannot accept anything shared with it.
 */
@Service
class EmailVerifications {

    static final Duration LIFETIME = Duration.ofHours(48);

    /** At most this many links an account a day, so that "send it again" cannot flood a mailbox. */
    static final int LINKS_PER_DAY = 5;

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final ActionLimits limits;
    private final AuditLog audit;
    private final Mailer mailer;
    private final Links links;
    private final Clock clock;

    EmailVerifications(
            JdbcClient jdbc,
            AccountRepository accounts,
            ActionLimits limits,
            AuditLog audit,
            Mailer mailer,
            Links links,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.limits = limits;
        this.audit = audit;
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
    }

    /** The mail a new account gets. */
    void welcome(Account account) {
        if (limits.take("verification:" + account.id(), LINKS_PER_DAY, Duration.ofDays(1))
                .isEmpty()) {
            mailer.send(new Mail(
                    account.email(),
                    "Confirm your email address for Kneadwise",
                    "Hello " + account.name() + ",\n\nWelcome to Kneadwise. To confirm that this address is yours,"
                            + " open this link within 48 hours:\n\n" + link(account.id())
                            + "\n\nYou can use your own check-ins and bookings already; what someone shares with"
                            + " you reaches you once the address is confirmed. If you did not sign up, ignore this"
                            + " mail.\n"));
        }
    }

    /**
     * Mails a new link when the account is not verified yet and has not had too many today.
     *
     * @return false when the account is verified already (no mail)
     */
    @Transactional
    boolean sendAgain(Account account) {
        if (isVerified(account.id())) {
            return false;
        }
        if (limits.take("verification:" + account.id(), LINKS_PER_DAY, Duration.ofDays(1))
                .isEmpty()) {
            mailer.send(new Mail(
                    account.email(),
                    "Confirm your email address for Kneadwise",
                    "Hello " + account.name() + ",\n\nTo confirm that this address is yours, open this link within"
                            + " 48 hours:\n\n" + link(account.id())
                            + "\n\nThe link works once. If you did not ask for it, ignore this mail.\n"));
        }
        return true;
    }

    /** A new single-use link for the account; the path of the page that uses it. */
    String link(UUID accountId) {
        return links.to("/verify-email/" + issue(accountId));
    }

    /** A new single-use token for the account (the secret of a link). */
    String issue(UUID accountId) {
        String token = Secrets.newSecret();
        Instant now = Instant.now(clock);
        jdbc.sql("""
                INSERT INTO accounts_email_verification (token_hash, account_id, created_at, expires_at)
                VALUES (:hash, :accountId, :now, :expiresAt)
                """)
                .param("hash", Secrets.sha256(token))
                .param("accountId", accountId)
                .param("now", AccountRepository.utc(now))
                .param("expiresAt", AccountRepository.utc(now.plus(LIFETIME)))
                .update();
        return token;
    }

    /** Whether a link can still be used (to show the button or say it has expired). */
    boolean usable(String token) {
        return jdbc.sql("""
                        SELECT count(*)
                        FROM accounts_email_verification
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
     * Uses the link (once) and marks the account's email verified; the account's other links are void then.
     *
     * @return the verified account; empty when the link is unknown, used or expired
     */
    @Transactional
    Optional<UUID> verify(String token) {
        Instant now = Instant.now(clock);
        Optional<UUID> account = jdbc.sql("""
                UPDATE accounts_email_verification
                SET used_at = :now
                WHERE token_hash = :hash
                  AND used_at IS NULL
                  AND expires_at > :now
                RETURNING account_id
                """)
                .param("hash", Secrets.sha256(token))
                .param("now", AccountRepository.utc(now))
                .query(UUID.class)
                .optional();
        account.ifPresent(id -> {
            jdbc.sql("""
                    UPDATE accounts_email_verification
                    SET used_at = :now
                    WHERE account_id = :id
                      AND used_at IS NULL
                    """)
                    .param("now", AccountRepository.utc(now))
                    .param("id", id)
                    .update();
            accounts.markEmailVerified(id, now);
            audit.record(null, id, "email address", "VERIFY", AuditLog.ALLOWED);
        });
        return account;
    }

    boolean isVerified(UUID accountId) {
        return accounts.isEmailVerified(accountId);
    }
}
