-- A patient's permission for someone else to see their record: a therapist, or a clinician they invited.
-- Keyed by the grantee's email, so that a clinician can be invited before they have an account.
-- Revoking sets revoked_at; the row stays as the history of who could see what, and when.
CREATE TABLE accounts_access_grant (
    id                uuid        PRIMARY KEY,
    patient_id        uuid        NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    grantee_email     text        NOT NULL,
    grantee_email_key text        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('THERAPIST', 'CLINICIAN')),
    granted_at        timestamptz NOT NULL,
    revoked_at        timestamptz
);

-- At most one standing grant per patient and grantee.
CREATE UNIQUE INDEX accounts_access_grant_standing
    ON accounts_access_grant (patient_id, grantee_email_key)
    WHERE revoked_at IS NULL;

CREATE INDEX accounts_access_grant_grantee ON accounts_access_grant (grantee_email_key) WHERE revoked_at IS NULL;
