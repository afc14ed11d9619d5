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

    static final Duration LIFETIME = Duration.ofDays(2);

    /** At most this many links an account a day, so that "send it again" cannot flood a mailbox. */
    static final int LINKS_PER_DAY = 5;

    private final SingleUseLinks links;
    private final AccountRepository accounts;
    private final ActionLimits limits;
    private final AuditLog audit;
    private final Mailer mailer;
    private final Links addresses;
    private final Clock clock;

    EmailVerifications(
            JdbcClient jdbc,
            AccountRepository accounts,
            ActionLimits limits,
            AuditLog audit,
            Mailer mailer,
            Links links,
            Clock clock) {
        this.links = new SingleUseLinks(jdbc, clock, SingleUseLinks.Purpose.EMAIL_VERIFICATION, LIFETIME);
        this.accounts = accounts;
        this.limits = limits;
        this.audit = audit;
        this.mailer = mailer;
        this.addresses = links;
        this.clock = clock;
    }

    /**
     * The mail a new account gets, once per account (so it needs no limit of its own; leaving it out also keeps a
     * new address's sign-up about as quick as a known one's).
     */
    void welcome(Account account) {
        mailer.send(new Mail(
                account.email(),
                "Confirm your email address for Kneadwise",
                "Hello " + account.name() + ",\n\nWelcome to Kneadwise. To confirm that this address is yours, open"
                        + " this link within 48 hours:\n\n" + link(account.id())
                        + "\n\nYou can use your own check-ins and bookings already; what someone shares with you"
                        + " reaches you once the address is confirmed. If you did not sign up, ignore this mail.\n"));
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

    /** A new single-use link for the account, as mailed. */
    String link(UUID accountId) {
        return addresses.to("/verify-email/" + issue(accountId));
    }

    /** A new single-use token for the account (the secret of a link). */
    String issue(UUID accountId) {
        return links.issue(accountId);
    }

    /** Whether a link can still be used (to show the button or say it has expired). */
    boolean usable(String token) {
        return links.usable(token);
    }

    /**
     * Uses the link (once) and marks the account's email verified; the account's other links are void then.
     *
     * @return the verified account; empty when the link is unknown, used or expired
     */
    @Transactional
    Optional<UUID> verify(String token) {
        Optional<UUID> account = links.use(token);
        account.ifPresent(id -> {
            accounts.markEmailVerified(id, Instant.now(clock));
            audit.record(null, id, "email address", "VERIFY", AuditLog.ALLOWED);
        });
        return account;
    }

    boolean isVerified(UUID accountId) {
        return accounts.isEmailVerified(accountId);
    }
}
