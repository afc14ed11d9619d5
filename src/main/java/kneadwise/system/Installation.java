package kneadwise.system;

import java.time.Instant;
import java.util.UUID;

/** This installation's identity, created with its database. */
public record Installation(UUID id, Instant createdAt) {}
