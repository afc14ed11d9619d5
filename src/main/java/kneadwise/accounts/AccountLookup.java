package kneadwise.accounts;

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
}
