package kneadwise.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made many at a time by the operator's tools (the demo commands), never by the public API: named accounts
 * with a known password, and patients who cannot sign in (their password is random and thrown away).
 */
@Service
public class AccountsInBulk {

    /** A patient to add with this id, unless the email (in any letter case) has an account already. */
    public record NewPatient(UUID id, String email, String name) {}

    private final Accounts accounts;
    private final AccountRepository repository;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountsInBulk(
            Accounts accounts, AccountRepository repository, JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.repository = repository;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Makes the account unless its email has one already (then leaves that account as it is). Its email counts as
     * verified, as for any account an operator makes.
     *
     * @return whether it was made
     */
    @Transactional
    public boolean addIfMissing(String email, String password, String name, Role role) {
        if (repository.credentialsFor(email).isPresent()) {
            return false;
        }
        accounts.create(email, password, name, role);
        return true;
    }

    /**
     * Adds these patients in one statement, skipping any whose email has an account, and returns the account id of
     * each email in the given order (the existing account's id where one was there).
     */
    public List<UUID> addPatientsWhoCannotSignIn(List<NewPatient> patients) {
        String unusable = passwords.encode(UUID.randomUUID().toString());
        String[] emailKeys = patients.stream()
                .map(patient -> AccountRepository.emailKey(patient.email()))
                .toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO accounts_account (id, email, email_key, name, role, password_hash, created_at)
                        SELECT id, email, key, name, 'PATIENT', :hash, :now
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:emails AS text[]), CAST(:keys AS text[]),
                                    CAST(:names AS text[]))
                            AS made (id, email, key, name)
                        ON CONFLICT (email_key) DO NOTHING
                        """)
                .param("ids", patients.stream().map(NewPatient::id).toArray(UUID[]::new))
                .param("emails", patients.stream().map(p -> p.email().strip()).toArray(String[]::new))
                .param("keys", emailKeys)
                .param("names", patients.stream().map(p -> p.name().strip()).toArray(String[]::new))
                .param("hash", unusable)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        Map<String, UUID> byKey = new HashMap<>();
        jdbc.sql("SELECT id, email_key FROM accounts_account WHERE email_key = ANY(:keys)")
                .param("keys", emailKeys)
                .query(row -> {
                    byKey.put(row.getString("email_key"), row.getObject("id", UUID.class));
                });
        return java.util.Arrays.stream(emailKeys).map(byKey::get).toList();
    }
}
