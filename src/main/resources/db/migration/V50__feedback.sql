-- Staff corrections of bot answers: draft FAQ entries that an admin approves into the knowledge
-- base (faq/staff-corrections.yaml) or rejects. Portable SQL (SQLite and PostgreSQL); times are epoch ms.
CREATE TABLE faq_drafts (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)  NOT NULL,
    seq             BIGINT       NOT NULL,
    question        TEXT         NOT NULL,
    wrong_answer    TEXT         NOT NULL,
    correct_answer  TEXT         NOT NULL,
    lang            VARCHAR(8)   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      BIGINT
);

CREATE INDEX faq_drafts_status ON faq_drafts (status, created_at);
