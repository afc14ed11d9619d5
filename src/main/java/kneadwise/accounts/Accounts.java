package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.AccountRefusals.EmailAlreadyRegistered;
import kneadwise.accounts.AccountRefusals.TooManyAttempts;
import kneadwise.accounts.AccountRefusals.WrongCredentials;
import kneadwise.system.Mail;
import kneadwise.system.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signing up, signing in and deleting an account. */
@Service
class Accounts {

    /** Sign-ups with one email address per {@link #SIGN_UP_WINDOW}: each sends a mail to that address. */
    static final int SIGN_UPS_PER_EMAIL = 3;

    static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ActionLimits limits;
    private final EmailVerifications verifications;
    private final Mailer mailer;
    private final Links links;
    private final AccessGrants grants;
    private final int signUpsPerClient;
    /** Checked against when the email is unknown, so that both failures take as long (no account enumeration). */
    private final String hashOfNothing;

    Accounts(
            AccountRepository repository,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            ActionLimits limits,
            EmailVerifications verifications,
            Mailer mailer,
            Links links,
            AccessGrants grants,
            @Value("${kneadwise.accounts.sign-ups-per-client-per-hour:20}") int signUpsPerClient) {
        this.repository = repository;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
        this.verifications = verifications;
        this.mailer = mailer;
        this.links = links;
        this.grants = grants;
        this.signUpsPerClient = signUpsPerClient;
        this.hashOfNothing = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Signs someone up, answering the same whether or not the email has an account (issue 16, item 2): a new
     * account gets a link to verify its email; the owner of an existing one a mail saying they already have an
     * account, and nothing changes. Sign-ups are limited per email address and per client address.
     *
     * @param client the caller's network address, for throttling
     * @throws TooManyAttempts when this address or client signed up too often lately
     */
    @Transactional
    void signUp(String email, String password, String name, Role role, String client) {
        limits.take("sign-up-email:" + AccountRepository.emailKey(email), SIGN_UPS_PER_EMAIL, SIGN_UP_WINDOW)
                .ifPresent(wait -> {
                    throw new TooManyAttempts("sign-ups with this email address", wait);
                });
        limits.take("sign-up-client:" + client, signUpsPerClient, SIGN_UP_WINDOW)
                .ifPresent(wait -> {
                    throw new TooManyAttempts("sign-ups from your network address", wait);
                });
        Account account = new Account(UUID.randomUUID(), email.strip(), name.strip(), role, Instant.now(clock));
        // Hashed in both cases, so that an existing address does not answer faster.
        String hash = passwords.encode(password);
        if (repository.insert(account, hash, false)) {
            audit.record(account, account.id(), "account", AuditLog.SIGN_UP, AuditLog.ALLOWED);
            verifications.welcome(account);
            return;
        }
        repository
                .credentialsFor(email)
                .map(AccountRepository.Credentials::account)
                .ifPresent(owner -> {
                    audit.record(null, owner.id(), "account", AuditLog.SIGN_UP, AuditLog.DENIED);
                    mailer.send(new Mail(
                            owner.email(),
                            "You already have a Kneadwise account",
                            "Hello " + owner.name()
                                    + ",\n\nSomeone, perhaps you, tried to sign up for Kneadwise with this"
                                    + " address. You already have an account, and nothing about it has changed.\n\nLog in: "
                                    + links.to("/login") + "\nForgot your password? Set a new one: "
                                    + links.to("/password-reset") + "\n\nIf it was not you, you need do nothing.\n"));
                });
    }

    /**
     * An account of any role, made by an administrator or at set-up (never by the public API). Its email counts as
     * verified: the operator who makes it vouches for the address (demo addresses cannot receive mail).
     *
     * @throws EmailAlreadyRegistered when the email (in any letter case) has an account
     */
    @Transactional
    Account create(String email, String password, String name, Role role) {
        Account account = new Account(UUID.randomUUID(), email.strip(), name.strip(), role, Instant.now(clock));
        if (!repository.insert(account, passwords.encode(password), true)) {
            throw new EmailAlreadyRegistered();
        }
        audit.record(account, account.id(), "account", AuditLog.SIGN_UP, AuditLog.ALLOWED);
        return account;
    }

    /**
     * @param address the caller's network address, for throttling
     * @throws TooManyAttempts when this account or address failed too often lately
     * @throws WrongCredentials when the email is unknown or the password wrong (the same for both)
     */
    @Transactional(noRollbackFor = WrongCredentials.class)
    Account signIn(String email, String password, String address) {
        throttle.waitFor(email, address).ifPresent(wait -> {
            throw new TooManyAttempts(wait);
        });
        Optional<AccountRepository.Credentials> credentials = repository.credentialsFor(email);
        String hash =
                credentials.map(AccountRepository.Credentials::passwordHash).orElse(hashOfNothing);
        boolean matches = passwords.matches(password, hash);
        if (credentials.isEmpty() || !matches) {
            throttle.failed(email, address);
            credentials.ifPresent(
                    c -> audit.record(null, c.account().id(), "account", AuditLog.SIGN_IN, AuditLog.DENIED));
            throw new WrongCredentials();
        }
        Account account = credentials.get().account();
        if (passwords.upgradeEncoding(hash)) {
            repository.setPasswordHash(account.id(), passwords.encode(password)); // bcrypt to Argon2id
        }
        throttle.succeeded(email, address);
        audit.record(account, account.id(), "account", AuditLog.SIGN_IN, AuditLog.ALLOWED);
        return account;
    }

    /** Erases the account and, through {@link AccountDeleted}, every module's data of it; the audit log stays. */
    @Transactional
    void delete(Account account) {
        audit.record(account, account.id(), "account", AuditLog.DELETE, AuditLog.ALLOWED);
        events.publishEvent(new AccountDeleted(account.id()));
        grants.endAllTo(account.id()); // what was shared with this account ends with it
        repository.delete(account.id());
    }
}
