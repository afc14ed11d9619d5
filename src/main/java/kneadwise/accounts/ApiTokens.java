package kneadwise.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for API clients: 256 random bits, shown to the client once; only their SHA-256 is stored, so the
 * table leaks nothing usable. A token lives {@link #LIFETIME}.
 */
@Service
class ApiTokens {

    static final Duration LIFETIME = Duration.ofHours(12);

    /** A token as handed to its client. */
    record IssuedToken(String token, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    IssuedToken issue(Account account) {
        String token = Secrets.newSecret();
        Instant now = Instant.now(clock);
        Instant expiresAt = now.plus(LIFETIME);
        jdbc.sql("""
                INSERT INTO accounts_api_token (token_hash, account_id, created_at, expires_at)
                VALUES (:hash, :accountId, :createdAt, :expiresAt)
                """)
                .param("hash", Secrets.sha256(token))
                .param("accountId", account.id())
                .param("createdAt", AccountRepository.utc(now))
                .param("expiresAt", AccountRepository.utc(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /** The account a token stands for, if the token exists and has not expired. */
    Optional<Account> accountFor(String token) {
        return jdbc.sql("""
                SELECT a.id, a.email, a.name, a.role, a.created_at
                FROM accounts_api_token t
                JOIN accounts_account a ON a.id = t.account_id
                WHERE t.token_hash = :hash
                  AND t.expires_at > :now
                """)
                .param("hash", Secrets.sha256(token))
                .param("now", AccountRepository.utc(Instant.now(clock)))
                .query(AccountRepository.ACCOUNT)
                .optional();
    }

    /** Ends every token of the account ("log out everywhere" for API clients). */
    void revokeAll(UUID accountId) {
        jdbc.sql("DELETE FROM accounts_api_token WHERE account_id = :id")
                .param("id", accountId)
                .update();
    }
}
