package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
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
    private final SingleUseLinks resetLinks;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Mailer mailer;
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
        this.resetLinks = new SingleUseLinks(jdbc, clock, SingleUseLinks.Purpose.PASSWORD_RESET, LIFETIME);
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.mailer = mailer;
        this.links = links;
    }

    /** Mails a link when the email has an account and has not had too many lately; does nothing visible otherwise. */
    @Transactional
    void request(String email) {
        accounts.credentialsFor(email)
                .map(AccountRepository.Credentials::account)
                .filter(account -> resetLinks.issuedWithin(account.id(), LIFETIME) < MAXIMUM_LINKS)
                .ifPresent(account -> {
                    String token = resetLinks.issue(account.id());
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

    /** Whether a link can still be used (to show the form or say it has expired). */
    boolean usable(String token) {
        return resetLinks.usable(token);
    }

    /**
     * Uses the link (once: two requests racing on it cannot both succeed), voids the account's other links and sets
     * the new password.
     *
     * @return the account whose password changed; empty when the link is unknown, used or expired
     */
    @Transactional
    Optional<UUID> reset(String token, String newPassword) {
        Optional<UUID> account = resetLinks.use(token);
        account.ifPresent(id -> {
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
