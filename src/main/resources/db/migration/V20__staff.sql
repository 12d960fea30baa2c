-- Staff accounts, login sessions, login throttles and the audit log of staff actions.
-- Portable SQL: the same migration runs on SQLite (embedded) and PostgreSQL (multi-node).
-- Times are epoch milliseconds. Passwords are stored only as Argon2id hashes, session tokens only as SHA-256.
CREATE TABLE staff_accounts (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(255) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    departments    TEXT         NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    created_at     BIGINT       NOT NULL,
    updated_at     BIGINT       NOT NULL
);

CREATE TABLE staff_sessions (
    id             VARCHAR(32)  NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)  NOT NULL UNIQUE,
    username       VARCHAR(64)  NOT NULL REFERENCES staff_accounts (username) ON DELETE CASCADE,
    created_at     BIGINT       NOT NULL,
    last_seen_at   BIGINT       NOT NULL,
    expires_at     BIGINT       NOT NULL
);

CREATE INDEX staff_sessions_username ON staff_sessions (username);
CREATE INDEX staff_sessions_expires_at ON staff_sessions (expires_at);

-- Keyed by the typed username whether or not such an account exists, so lockout reveals nothing.
CREATE TABLE staff_login_throttle (
    username         VARCHAR(64)  NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    lockouts         INTEGER      NOT NULL,
    locked_until     BIGINT       NOT NULL,
    last_failure_at  BIGINT       NOT NULL
);

-- id: 12 hex digits of the entry's epoch milliseconds, 8 of a per-node sequence, 12 random: sorts by time.
CREATE TABLE audit_log (
    id               VARCHAR(32)  NOT NULL PRIMARY KEY,
    created_at       BIGINT       NOT NULL,
    actor            VARCHAR(64)  NOT NULL,
    action           VARCHAR(64)  NOT NULL,
    conversation_id  VARCHAR(64),
    target           VARCHAR(200),
    details          TEXT         NOT NULL
);

CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_conversation ON audit_log (conversation_id, id);
