-- Therapist profiles for the directory (issue 6). Locations are searched with PostgreSQL's earthdistance
-- (a GiST index on ll_to_earth); cube and earthdistance are trusted extensions (PostgreSQL 13+), so the
-- database owner may create them.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE directory_therapist (
    id                  uuid PRIMARY KEY,
    account_id          uuid UNIQUE REFERENCES accounts_account (id) ON DELETE CASCADE,
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    licence_state       text,
    licence_number      text,
    licence_verified_by uuid,
    licence_verified_at timestamptz,
    certifications      text[] NOT NULL DEFAULT '{}',
    techniques          text[] NOT NULL DEFAULT '{}',
    pregnancy_trained   boolean NOT NULL DEFAULT false,
    trauma_informed     boolean NOT NULL DEFAULT false,
    languages           text[] NOT NULL DEFAULT '{}',
    gender              text,
    price_per_session   numeric(8, 2) NOT NULL CHECK (price_per_session >= 0),
    insurance           text[] NOT NULL DEFAULT '{}',
    address             text,
    postal_code         text,
    latitude            double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude           double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    session_minutes     integer NOT NULL DEFAULT 60 CHECK (session_minutes BETWEEN 15 AND 240),
    time_zone           text NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE INDEX directory_therapist_location ON directory_therapist USING gist (ll_to_earth(latitude, longitude));
CREATE INDEX directory_therapist_techniques ON directory_therapist USING gin (techniques);
