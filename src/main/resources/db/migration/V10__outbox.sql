-- The connectors' transactional outbox: one row per (submission, version, target connector),
-- written in the submission's transaction; its id is the delivery's idempotency key.
-- Portable SQL: the same migration runs on SQLite (embedded) and PostgreSQL (multi-node).
-- state: pending | delivered | failed | dead | cancelled. A pending row is due at due_at; while a
-- relay holds it, claim_token is set and due_at is the lease's expiry, after which any relay may
-- take it over. Times are epoch milliseconds.
CREATE TABLE outbox (
    id              VARCHAR(200) NOT NULL PRIMARY KEY,
    submission_id   VARCHAR(64)  NOT NULL,
    version         INTEGER      NOT NULL,
    connector_id    VARCHAR(64)  NOT NULL,
    process_id      VARCHAR(64)  NOT NULL,
    conversation_id VARCHAR(64),
    body            TEXT         NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    target_status   VARCHAR(24)  NOT NULL,
    comment         TEXT,
    corrections     TEXT,
    attempts        INTEGER      NOT NULL,
    due_at          BIGINT       NOT NULL,
    claim_token     VARCHAR(100),
    last_error      TEXT,
    age_from        BIGINT       NOT NULL,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    delivered_at    BIGINT,
    CONSTRAINT outbox_submission_version_connector UNIQUE (submission_id, version, connector_id)
);

CREATE INDEX outbox_due ON outbox (state, due_at);
CREATE INDEX outbox_connector ON outbox (connector_id, state);
CREATE INDEX outbox_created ON outbox (created_at);

-- Every attempt, for the admin API (attempt numbers restart when staff retry a dead letter).
CREATE TABLE outbox_attempts (
    delivery_id  VARCHAR(200) NOT NULL,
    attempt      INTEGER      NOT NULL,
    started_at   BIGINT       NOT NULL,
    finished_at  BIGINT       NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    status_code  INTEGER      NOT NULL,
    error        TEXT
);

CREATE INDEX outbox_attempts_delivery ON outbox_attempts (delivery_id, started_at);

-- Message ids of accepted connector callbacks, remembered (at least 7 days) to refuse replays.
CREATE TABLE connector_callbacks (
    connector_id  VARCHAR(64)  NOT NULL,
    message_id    VARCHAR(200) NOT NULL,
    submission_id VARCHAR(64)  NOT NULL,
    status        VARCHAR(24)  NOT NULL,
    received_at   BIGINT       NOT NULL,
    PRIMARY KEY (connector_id, message_id)
);

CREATE INDEX connector_callbacks_received ON connector_callbacks (received_at);
