package kneadwise.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kneadwise.accounts.AccountsInBulk;
import kneadwise.accounts.AccountsInBulk.NewPatient;
import org.springframework.stereotype.Service;

/**
 * Made-up patient accounts for the demo-data commands, so that demo courses have someone booked. Nobody can sign in
 * as one (accounts keeps a random password it throws away).
 */
@Service
public class DemoPatients {

    private final AccountsInBulk accounts;

    DemoPatients(AccountsInBulk accounts) {
        this.accounts = accounts;
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
        List<NewPatient> patients = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            String email = prefix + i + "@demo.kneadwise.test";
            // the same email always gets the same id, so a demo seed gives the same data every time
            UUID id = UUID.nameUUIDFromBytes(("kneadwise demo " + email).getBytes(StandardCharsets.UTF_8));
            patients.add(new NewPatient(id, email, "Demo Patient " + i));
        }
        return accounts.addPatientsWhoCannotSignIn(patients);
    }
}
