-- Every knowledge answer the bot gave: the question, the outcome and exactly which passages of
-- which document versions (content hashes) it showed, so staff can see what an enterprise was told.
CREATE TABLE answer_log (
    conversation_id VARCHAR(64)  NOT NULL,
    seq             BIGINT       NOT NULL,
    question        TEXT         NOT NULL,
    lang            VARCHAR(8)   NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    passages        TEXT         NOT NULL,
    created_at      BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

CREATE INDEX answer_log_outcome ON answer_log (outcome, created_at);
