-- Bulk Data export jobs (issue 20, CONTRACT.md section 11). A kick-off stores a job; whichever node claims it first
-- writes its NDJSON files, holding a lease it renews while it works, so that a job whose node died is taken up again
-- by another (or by the same one after a restart) once the lease has run out.
CREATE TABLE export_job (
    id               uuid        PRIMARY KEY,
    client_id        text        NOT NULL REFERENCES smart_client (client_id) ON DELETE CASCADE,
    -- SYSTEM (/fhir/$export), PATIENT (/fhir/Patient/$export) or GROUP (/fhir/Group/{id}/$export)
    level            text        NOT NULL CHECK (level IN ('SYSTEM', 'PATIENT', 'GROUP')),
    group_id         text,
    -- the resource types asked for (_type), in the order written; never empty
    types            text[]      NOT NULL,
    since            timestamptz,
    -- the kick-off's address as the client sent it (the manifest's "request")
    request          text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    -- what the running job has written so far, for X-Progress
    progress         text,
    error            text,
    -- when the data was read: the manifest's transactionTime, and the _since of a client's next export
    transaction_time timestamptz,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    -- DONE or FAILED jobs, and their files, are deleted at this time
    expires_at       timestamptz,
    -- which node is writing it, until when; renewed while it runs
    lease_owner      text,
    lease_until      timestamptz,
    -- the last status request, to answer 429 to a client polling faster than Retry-After
    polled_at        timestamptz,
    CHECK ((level = 'GROUP') = (group_id IS NOT NULL))
);

CREATE INDEX export_job_waiting ON export_job (created_at) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX export_job_expiry ON export_job (expires_at);

-- The NDJSON files of a finished job, one or more per resource type.
CREATE TABLE export_file (
    job_id   uuid    NOT NULL REFERENCES export_job (id) ON DELETE CASCADE,
    number   integer NOT NULL,
    type     text    NOT NULL,
    count    bigint  NOT NULL,
    PRIMARY KEY (job_id, number)
);
