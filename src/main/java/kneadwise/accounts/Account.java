package kneadwise.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person who signs in. */
public record Account(UUID id, String email, String name, Role role, Instant createdAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}
