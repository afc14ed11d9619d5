package kneadwise.demo;

import java.util.List;
import kneadwise.accounts.AccountsInBulk;
import kneadwise.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * {@code ./kneadwise serve --demo}: one account of each role, with the passwords README.md documents, so that every
 * journey can be tried at once. Accounts that exist already are left as they are.
 */
@Component
@ConditionalOnBooleanProperty("kneadwise.demo")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    public record Demo(String email, String password, String name, Role role) {}

    public static final List<Demo> ACCOUNTS = List.of(
            new Demo("patient@demo.kneadwise.test", "demo patient back pain", "Pat Demo", Role.PATIENT),
            new Demo("therapist@demo.kneadwise.test", "demo therapist hands", "Theo Demo", Role.THERAPIST),
            new Demo("clinic@demo.kneadwise.test", "demo clinic front desk", "Clio Demo", Role.CLINIC_ADMIN),
            new Demo("editor@demo.kneadwise.test", "demo evidence editor", "Eddie Demo", Role.EVIDENCE_EDITOR),
            new Demo("admin@demo.kneadwise.test", "demo system administrator", "Ada Demo", Role.SYSTEM_ADMIN));

    private final AccountsInBulk accounts;

    DemoAccounts(AccountsInBulk accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (Demo demo : ACCOUNTS) {
            accounts.addIfMissing(demo.email(), demo.password(), demo.name(), demo.role());
        }
        log.warn(
                "Demo accounts are ready (passwords in README.md): {}",
                ACCOUNTS.stream().map(Demo::email).toList());
    }
}
