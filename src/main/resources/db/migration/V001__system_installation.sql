-- This installation's identity: written once, when the database is first created, and read at every start.
-- It lets an operator (and the restart test) see that a server came back on the same data.
CREATE TABLE system_installation (
    id         uuid        PRIMARY KEY,
    created_at timestamptz NOT NULL,
    -- at most one row
    singleton  boolean     NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);
