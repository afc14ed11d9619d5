/**
 * Accounts: people and their roles, passwords and API tokens, verified email, password resets, login and sign-up
 * limits, the security set-up of the web and the API, consent (a patient's invitations, accepted by an account),
 * who may see a record ({@code RecordAccess}), the person's export and erasure, and the append-only audit log of
 * every access to a person's health data.
 */
@NullMarked
package kneadwise.accounts;

import org.jspecify.annotations.NullMarked;
