-- Assessments a signed-in person chose to keep: the intake they gave and the answer they got, with the
-- evidence version that made it. Deleted with the account (AccountDeleted).
CREATE TABLE checkin_saved_assessment (
    id         uuid        PRIMARY KEY,
    account_id uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    intake     jsonb       NOT NULL,
    assessment jsonb       NOT NULL
);

CREATE INDEX checkin_saved_assessment_account ON checkin_saved_assessment (account_id, created_at);
