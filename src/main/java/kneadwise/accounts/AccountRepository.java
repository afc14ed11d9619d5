package kneadwise.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their password hashes in {@code accounts_account}. */
@Repository
class AccountRepository {

    /** An account with the hash of its password, for signing in. */
    record Credentials(Account account, String passwordHash) {}

    static final RowMapper<Account> ACCOUNT = (row, n) -> new Account(
            row.getObject("id", UUID.class),
            row.getString("email"),
            row.getString("name"),
            Role.valueOf(row.getString("role")),
            row.getObject("created_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key an email is found by: the same address in any letter case is one account. */
    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Stores a new account.
     *
     * @param verified whether the email counts as proven from the start (an account an operator made)
     * @return false when the email is already registered (nothing is written then)
     */
    boolean insert(Account account, String passwordHash, boolean verified) {
        return jdbc.sql("""
                        INSERT INTO accounts_account (id, email, email_key, name, role, password_hash, created_at,
                                                      email_verified_at)
                        VALUES (:id, :email, :emailKey, :name, :role, :passwordHash, :createdAt,
                                CASE WHEN :verified THEN CAST(:createdAt AS timestamptz) END)
                        ON CONFLICT (email_key) DO NOTHING
                        """)
                        .param("verified", verified)
                        .param("id", account.id())
                        .param("email", account.email())
                        .param("emailKey", emailKey(account.email()))
                        .param("name", account.name())
                        .param("role", account.role().name())
                        .param("passwordHash", passwordHash)
                        .param("createdAt", utc(account.createdAt()))
                        .update()
                == 1;
    }

    Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM accounts_account WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(row -> {
                    names.put(row.getObject("id", UUID.class), row.getString("name"));
                });
        return names;
    }

    Optional<Credentials> credentialsFor(String email) {
        return jdbc.sql("""
                SELECT id, email, name, role, created_at, password_hash
                FROM accounts_account
                WHERE email_key = :emailKey
                """)
                .param("emailKey", emailKey(email))
                .query((row, n) -> new Credentials(ACCOUNT.mapRow(row, n), row.getString("password_hash")))
                .optional();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("""
                SELECT id, email, name, role, created_at
                FROM accounts_account
                WHERE id = :id
                """).param("id", id).query(ACCOUNT).optional();
    }

    boolean isEmailVerified(UUID id) {
        return jdbc.sql("SELECT email_verified_at IS NOT NULL FROM accounts_account WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Keeps the first time the email was proven. */
    void markEmailVerified(UUID id, Instant at) {
        jdbc.sql("UPDATE accounts_account SET email_verified_at = coalesce(email_verified_at, :at) WHERE id = :id")
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void setPasswordHash(UUID id, String hash) {
        jdbc.sql("UPDATE accounts_account SET password_hash = :hash WHERE id = :id")
                .param("hash", hash)
                .param("id", id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM accounts_account WHERE id = :id").param("id", id).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
