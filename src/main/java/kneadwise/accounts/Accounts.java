package kneadwise.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kneadwise.accounts.AccountProblems.EmailAlreadyRegistered;
import kneadwise.accounts.AccountProblems.TooManyAttempts;
import kneadwise.accounts.AccountProblems.WrongCredentials;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signing up, signing in and deleting an account. */
@Service
class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Checked against when the email is unknown, so that both failures take as long (no account enumeration). */
    private final String hashOfNothing;

    Accounts(
            AccountRepository repository,
            PasswordEncoder passwords,
            LoginThrottle throttle,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.hashOfNothing = passwords.encode(UUID.randomUUID().toString());
    }

    /** @throws EmailAlreadyRegistered when the email (in any letter case) has an account */
    @Transactional
    Account signUp(String email, String password, String name, Role role) {
        Account account = new Account(UUID.randomUUID(), email.strip(), name.strip(), role, Instant.now(clock));
        if (!repository.insert(account, passwords.encode(password))) {
            throw new EmailAlreadyRegistered();
        }
        audit.record(account, account.id(), "account", AuditLog.SIGN_UP, AuditLog.ALLOWED);
        return account;
    }

    /** An account of any role, made by an administrator or at set-up (never by the public API). */
    @Transactional
    Account create(String email, String password, String name, Role role) {
        return signUp(email, password, name, role);
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
        throttle.succeeded(email);
        audit.record(account, account.id(), "account", AuditLog.SIGN_IN, AuditLog.ALLOWED);
        return account;
    }

    /** Erases the account and, through {@link AccountDeleted}, every module's data of it; the audit log stays. */
    @Transactional
    void delete(Account account) {
        audit.record(account, account.id(), "account", AuditLog.DELETE, AuditLog.ALLOWED);
        events.publishEvent(new AccountDeleted(account.id()));
        repository.delete(account.id());
    }
}
