-- People who sign in, the API tokens they hold, failed logins (for throttling) and the audit log.

CREATE TABLE accounts_account (
    id            uuid        PRIMARY KEY,
    -- as typed, for display and mail; lookups go through email_key (lower case)
    email         text        NOT NULL,
    email_key     text        NOT NULL UNIQUE,
    name          text        NOT NULL,
    role          text        NOT NULL
        CHECK (role IN ('PATIENT', 'THERAPIST', 'CLINIC_ADMIN', 'EVIDENCE_EDITOR', 'SYSTEM_ADMIN')),
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL
);

-- Only a SHA-256 of each token is kept: a copy of this table gives no one a usable token.
CREATE TABLE accounts_api_token (
    token_hash bytea       PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX accounts_api_token_account ON accounts_api_token (account_id);

-- One row per failed login, keyed by account ("account:<email_key>") and by address ("address:<ip>").
CREATE TABLE accounts_login_failure (
    key       text        NOT NULL,
    failed_at timestamptz NOT NULL
);

CREATE INDEX accounts_login_failure_key_time ON accounts_login_failure (key, failed_at);

-- Who did what to whose record, and with what result. Append-only: the triggers below refuse any
-- UPDATE, DELETE or TRUNCATE, whoever asks. It holds no health data, only ids and actions, so it
-- stays when an account is deleted.
CREATE TABLE accounts_audit_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor_id    uuid,
    actor_label text        NOT NULL,
    subject_id  uuid,
    record      text        NOT NULL,
    action      text        NOT NULL,
    result      text        NOT NULL
);

CREATE INDEX accounts_audit_event_subject ON accounts_audit_event (subject_id, at);
CREATE INDEX accounts_audit_event_actor ON accounts_audit_event (actor_id, at);

CREATE FUNCTION accounts_audit_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER accounts_audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON accounts_audit_event
    FOR EACH ROW EXECUTE FUNCTION accounts_audit_event_is_append_only();

CREATE TRIGGER accounts_audit_event_no_truncate
    BEFORE TRUNCATE ON accounts_audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION accounts_audit_event_is_append_only();
