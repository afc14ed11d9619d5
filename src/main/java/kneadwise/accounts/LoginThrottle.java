package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Slows password guessing (OWASP ASVS 2.2.1) without letting a stranger lock the owner out (issue 16, item 3). Within
 * {@link #WINDOW}, further attempts are refused after {@value #PER_ACCOUNT_AND_ADDRESS} failed logins to one account
 * from one client address (that client only), {@value #PER_ACCOUNT} to one account from anywhere (a distributed
 * attack: everyone, until the owner proves their email with a reset link, which clears the account's failures), or
 * {@value #PER_ADDRESS} from one client address to any accounts (a password spray). Failures are kept in the
 * database, so every service node sees the same count.
 */
@Service
class LoginThrottle {

    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ACCOUNT = 50;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the caller must wait, when either limit has been reached; empty when it may try. */
    Optional<Duration> waitFor(String email, String address) {
        Instant now = Instant.now(clock);
        return waitFor(pairKey(email, address), PER_ACCOUNT_AND_ADDRESS, now)
                .or(() -> waitFor(accountKey(email), PER_ACCOUNT, now))
                .or(() -> waitFor(addressKey(address), PER_ADDRESS, now));
    }

    void failed(String email, String address) {
        Instant now = Instant.now(clock);
        for (String key : new String[] {pairKey(email, address), accountKey(email), addressKey(address)}) {
            jdbc.sql("INSERT INTO accounts_login_failure (key, failed_at) VALUES (:key, :at)")
                    .param("key", key)
                    .param("at", AccountRepository.utc(now))
                    .update();
        }
        jdbc.sql("DELETE FROM accounts_login_failure WHERE failed_at < :before")
                .param("before", AccountRepository.utc(now.minus(WINDOW)))
                .update();
    }

    /** A successful login clears the account's failures (not the address's: one success must not reset a spray). */
    void succeeded(String email, String address) {
        jdbc.sql("DELETE FROM accounts_login_failure WHERE key IN (:keys)")
                .param("keys", java.util.List.of(accountKey(email), pairKey(email, address)))
                .update();
    }

    /** The owner proved the email (a password reset): every failure counted against the account is forgotten. */
    void forgetAccount(String email) {
        jdbc.sql("DELETE FROM accounts_login_failure WHERE key = :account OR key LIKE :pairs ESCAPE '\\'")
                .param("account", accountKey(email))
                .param("pairs", likePrefix(pairPrefix(email)) + "%")
                .update();
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        return SlidingWindow.LOGIN_FAILURES.waitFor(jdbc, key, limit, WINDOW, now);
    }

    private static String pairKey(String email, String address) {
        return pairPrefix(email) + address;
    }

    private static String pairPrefix(String email) {
        return "account-address:" + AccountRepository.emailKey(email) + " from ";
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String accountKey(String email) {
        return "account:" + AccountRepository.emailKey(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
