-- Web sessions, kept by Spring Session JDBC (table name set in application.yml), so that every service node
-- sees the same sessions and "log out everywhere" can find all of a person's sessions by their account id.
CREATE TABLE accounts_web_session (
    primary_id            char(36)     PRIMARY KEY,
    session_id            char(36)     NOT NULL UNIQUE,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);

CREATE INDEX accounts_web_session_expiry ON accounts_web_session (expiry_time);
CREATE INDEX accounts_web_session_principal ON accounts_web_session (principal_name);

CREATE TABLE accounts_web_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES accounts_web_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
