package kneadwise.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Finds an account by id for other modules, such as booking writing to a patient about a session. */
@Service
public class AccountLookup {

    private final AccountRepository repository;

    AccountLookup(AccountRepository repository) {
        this.repository = repository;
    }

    public Optional<Account> find(UUID id) {
        return repository.find(id);
    }

    /** The names of these accounts, in one query; ids not found are left out. */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return repository.namesOf(ids);
    }
}
