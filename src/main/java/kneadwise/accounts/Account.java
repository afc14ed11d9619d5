package kneadwise.accounts;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in. */
public record Account(UUID id, String email, String name, Role role, Instant createdAt) {}
