package kneadwise.accounts;

import java.util.UUID;

/**
 * An account was deleted at its owner's request. Published inside the deleting transaction: every module erases the
 * person's data in it, so that either all of it goes or none.
 */
public record AccountDeleted(UUID accountId) {}
