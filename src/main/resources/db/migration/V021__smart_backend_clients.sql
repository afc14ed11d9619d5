-- SMART Backend Services (issue 20, CONTRACT.md section 11): systems a system administrator registered on the
-- command line. A client proves who it is with a JWT signed by its own private key; we keep only its public keys,
-- given as a key set (jwks) or as the address where the client publishes them (jwks_url), never both.
CREATE TABLE smart_client (
    client_id     text        PRIMARY KEY,
    name          text        NOT NULL,
    jwks          text,
    jwks_url      text,
    research      boolean     NOT NULL,
    registered_at timestamptz NOT NULL,
    CHECK ((jwks IS NULL) <> (jwks_url IS NULL))
);

-- Every client assertion's jti, kept until the assertion expires, so that none is accepted twice (RFC 7523 section
-- 3, item 7). The primary key makes the check atomic across nodes.
CREATE TABLE smart_assertion_jti (
    client_id  text        NOT NULL REFERENCES smart_client (client_id) ON DELETE CASCADE,
    jti        text        NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (client_id, jti)
);

CREATE INDEX smart_assertion_jti_expiry ON smart_assertion_jti (expires_at);

-- The key our access tokens are signed with: one row, made by whichever node starts first, shared by all.
CREATE TABLE smart_signing_key (
    id         integer     PRIMARY KEY CHECK (id = 1),
    jwk        text        NOT NULL,
    created_at timestamptz NOT NULL
);
