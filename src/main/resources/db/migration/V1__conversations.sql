-- Conversations, their messages and remembered client message ids.
-- Portable SQL: the same migrations run on SQLite (embedded) and PostgreSQL (multi-node).
CREATE TABLE conversations (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    token_hash    VARCHAR(64)  NOT NULL,
    channel       VARCHAR(32)  NOT NULL,
    enterprise    TEXT         NOT NULL,
    state         TEXT         NOT NULL,
    last_seq      BIGINT       NOT NULL,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);

CREATE TABLE messages (
    conversation_id VARCHAR(64) NOT NULL,
    seq             BIGINT      NOT NULL,
    body            TEXT        NOT NULL,
    created_at      BIGINT      NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE client_messages (
    conversation_id   VARCHAR(64)  NOT NULL,
    client_message_id VARCHAR(128) NOT NULL,
    request_hash      VARCHAR(64)  NOT NULL,
    first_seq         BIGINT       NOT NULL,
    last_seq          BIGINT       NOT NULL,
    created_at        BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, client_message_id)
);

CREATE INDEX client_messages_created_at ON client_messages (created_at);
