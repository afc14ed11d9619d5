/**
 * Accounts: people and their roles, passwords and API tokens, login throttling, the security set-up of the web and
 * the API, and the append-only audit log of every access to a person's health data.
 */
@NullMarked
package kneadwise.accounts;

import org.jspecify.annotations.NullMarked;
