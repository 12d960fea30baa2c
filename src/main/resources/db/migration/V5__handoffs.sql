-- A person's involvement in a conversation, one row per episode, and staff's internal notes.
CREATE TABLE handoffs (
    id                VARCHAR(64)  NOT NULL PRIMARY KEY,
    conversation_id   VARCHAR(64)  NOT NULL,
    department        VARCHAR(64)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    reason            VARCHAR(200),
    requested_at      BIGINT       NOT NULL,
    claimed_by        VARCHAR(64),
    claimed_at        BIGINT,
    first_response_at BIGINT,
    closed_at         BIGINT,
    closed_by         VARCHAR(64)
);

CREATE INDEX handoffs_queue ON handoffs (status, department, requested_at);
CREATE INDEX handoffs_conversation ON handoffs (conversation_id);

CREATE TABLE handoff_notes (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)  NOT NULL,
    author          VARCHAR(64)  NOT NULL,
    body            TEXT         NOT NULL,
    created_at      BIGINT       NOT NULL
);

CREATE INDEX handoff_notes_conversation ON handoff_notes (conversation_id, created_at);
