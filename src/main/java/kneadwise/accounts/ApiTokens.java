package kneadwise.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bearer tokens for API clients: 256 random bits, shown to the client once; only their SHA-256 is stored, so the
 * table leaks nothing usable. A token lives {@link #LIFETIME}.
 *
 * <p>A token found in the table is remembered for {@link #RECHECK}, so a client's burst of requests costs one lookup,
 * not one each (decision 0029). Revoking the tokens of an account forgets them on this node at once; another node
 * sharing the database may honour them for at most {@code RECHECK} more.
 */
@Service
class ApiTokens {

    static final Duration LIFETIME = Duration.ofHours(12);

    /** How long a token found in the table is believed without asking the table again. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    /** A token found in the table: whose it is and until when. */
    private record Known(Account account, Instant expiresAt) {}

    /** A token as handed to its client. */
    record IssuedToken(String token, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<String, Known> known =
            Caffeine.newBuilder().expireAfterWrite(RECHECK).maximumSize(10_000).build();

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
        byte[] hash = Secrets.sha256(token);
        String key = HexFormat.of().formatHex(hash);
        Instant now = Instant.now(clock);
        Known found = known.getIfPresent(key);
        if (found == null) {
            found = jdbc.sql("""
                    SELECT a.id, a.email, a.name, a.role, a.created_at, t.expires_at
                    FROM accounts_api_token t
                    JOIN accounts_account a ON a.id = t.account_id
                    WHERE t.token_hash = :hash
                      AND t.expires_at > :now
                    """)
                    .param("hash", hash)
                    .param("now", AccountRepository.utc(now))
                    .query((row, n) -> new Known(
                            AccountRepository.ACCOUNT.mapRow(row, n),
                            row.getObject("expires_at", OffsetDateTime.class).toInstant()))
                    .optional()
                    .orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            known.put(key, found);
        }
        return found.expiresAt().isAfter(now) ? Optional.of(found.account()) : Optional.empty();
    }

    /** Ends every token of the account ("log out everywhere" for API clients). */
    void revokeAll(UUID accountId) {
        jdbc.sql("DELETE FROM accounts_api_token WHERE account_id = :id")
                .param("id", accountId)
                .update();
        forget(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a request between this forget and the commit could find the tokens still there and remember them
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(accountId);
                }
            });
        }
    }

    /** Stops believing remembered tokens of the account (its tokens were revoked, or it was deleted). */
    void forget(UUID accountId) {
        known.asMap().values().removeIf(token -> token.account().id().equals(accountId));
    }

    /** A deleted account's tokens go with it (the table cascades); this node forgets them once that is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void onDeleted(AccountDeleted deleted) {
        forget(deleted.accountId());
    }
}
