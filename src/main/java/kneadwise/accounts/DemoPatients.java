package kneadwise.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Made-up patient accounts for {@code ./kneadwise demo-data}, so that demo courses have someone booked. Their
 * password is random and thrown away (hashed once for all of them), so nobody can sign in as one.
 */
@Service
public class DemoPatients {

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoPatients(AccountRepository repository, PasswordEncoder passwords, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates (or finds, when an earlier run made them) {@code count} demo patients; returns their ids. */
    public List<UUID> create(int count) {
        String unusable = passwords.encode(UUID.randomUUID().toString());
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String email = "demo-patient-" + i + "@demo.kneadwise.test";
            Account account = new Account(UUID.randomUUID(), email, "Demo Patient " + i, Role.PATIENT, clock.instant());
            repository.insert(account, unusable);
            ids.add(repository.credentialsFor(email).orElseThrow().account().id());
        }
        return ids;
    }
}
