-- Single-use, expiring links to set a new password. Only a SHA-256 of each link's secret is kept.
CREATE TABLE accounts_password_reset (
    token_hash bytea       PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX accounts_password_reset_account ON accounts_password_reset (account_id);
