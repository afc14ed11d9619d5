package kneadwise.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Made-up patient accounts for the demo-data commands, so that demo courses have someone booked. Their password is
 * random and thrown away (hashed once per call), so nobody can sign in as one.
 */
@Service
public class DemoPatients {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoPatients(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates (or finds, when an earlier run made them) {@code count} demo patients; returns their ids. */
    public List<UUID> create(int count) {
        return create("demo-patient-", 1, count);
    }

    /**
     * Creates (or finds) the demo patients {@code <prefix><first>@demo.kneadwise.test} up to {@code first + count - 1}
     * in one statement, and returns their ids in that order.
     */
    public List<UUID> create(String prefix, int first, int count) {
        String unusable = passwords.encode(UUID.randomUUID().toString());
        Instant now = clock.instant();
        List<String> emails = new ArrayList<>(count);
        List<String> names = new ArrayList<>(count);
        List<UUID> newIds = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            emails.add(AccountRepository.emailKey(prefix + i + "@demo.kneadwise.test"));
            names.add("Demo Patient " + i);
            // the same email always gets the same id, so a demo seed gives the same data every time
            newIds.add(UUID.nameUUIDFromBytes(("kneadwise demo " + emails.getLast()).getBytes(StandardCharsets.UTF_8)));
        }
        jdbc.sql("""
                        INSERT INTO accounts_account (id, email, email_key, name, role, password_hash, created_at)
                        SELECT id, email, email, name, 'PATIENT', :hash, :now
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:emails AS text[]), CAST(:names AS text[]))
                            AS made (id, email, name)
                        ON CONFLICT (email_key) DO NOTHING
                        """)
                .param("ids", newIds.toArray(UUID[]::new))
                .param("emails", emails.toArray(String[]::new))
                .param("names", names.toArray(String[]::new))
                .param("hash", unusable)
                .param("now", java.sql.Timestamp.from(now))
                .update();
        Map<String, UUID> byEmail = new HashMap<>();
        jdbc.sql("SELECT id, email_key FROM accounts_account WHERE email_key = ANY(:emails)")
                .param("emails", emails.toArray(String[]::new))
                .query(row -> {
                    byEmail.put(row.getString("email_key"), row.getObject("id", UUID.class));
                });
        return emails.stream().map(byEmail::get).toList();
    }
}
