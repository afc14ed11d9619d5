-- Accounts prove their email, and access goes to an account, never to an address (issue 16, item 1).

-- When the owner opened the link mailed to the address; NULL until then. An unverified account signs in and
-- uses its own data, but cannot accept anything shared with it.
ALTER TABLE accounts_account ADD COLUMN email_verified_at timestamptz;

-- Single-use links that prove an address, like password reset links: only a SHA-256 of each is kept.
CREATE TABLE accounts_email_verification (
    token_hash bytea       PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX accounts_email_verification_account ON accounts_email_verification (account_id, created_at);

-- A grant is an invitation mailed to an address until an account with a verified email accepts it through
-- the invitation's own link; from then on it belongs to that account id. The address is kept only to show the
-- patient whom they invited. A grantee's deleted account leaves no one to match (SET NULL), and a new account
-- registering the same address gets nothing.
ALTER TABLE accounts_access_grant
    ADD COLUMN grantee_account_id    uuid REFERENCES accounts_account (id) ON DELETE SET NULL,
    ADD COLUMN accepted_at           timestamptz,
    ADD COLUMN invitation_hash       bytea UNIQUE,
    ADD COLUMN invitation_expires_at timestamptz;

CREATE INDEX accounts_access_grant_grantee_account
    ON accounts_access_grant (grantee_account_id, patient_id)
    WHERE revoked_at IS NULL AND accepted_at IS NOT NULL;

-- Grants made before this version matched whoever held the address. Those standing today keep working for the
-- account that holds the address now, and only for it; the others wait until the patient invites again.
UPDATE accounts_access_grant AS grant_row
SET grantee_account_id = account.id,
    accepted_at        = grant_row.granted_at
FROM accounts_account AS account
WHERE account.email_key = grant_row.grantee_email_key
  AND grant_row.revoked_at IS NULL;

DROP INDEX accounts_access_grant_grantee;

-- Actions limited per time window, one row each (like accounts_login_failure): sign-ups keyed by address
-- ("sign-up-email:<email_key>") and by client ("sign-up-client:<ip>"), invitations by the inviting patient
-- ("invitation:<account id>"), verification links by account ("verification:<account id>").
CREATE TABLE accounts_limited_action (
    key      text        NOT NULL,
    acted_at timestamptz NOT NULL
);

CREATE INDEX accounts_limited_action_key_time ON accounts_limited_action (key, acted_at);
