-- Submissions (one row per version) and the per-year counter of receipt numbers.
CREATE TABLE submissions (
    id              VARCHAR(64)  NOT NULL,
    version         INTEGER      NOT NULL,
    receipt         VARCHAR(32)  NOT NULL,
    conversation_id VARCHAR(64)  NOT NULL,
    process_id      VARCHAR(64)  NOT NULL,
    enterprise_uscc VARCHAR(32),
    payload         TEXT         NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    expected_by     VARCHAR(10),
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE INDEX submissions_conversation ON submissions (conversation_id);
CREATE INDEX submissions_receipt ON submissions (receipt);
CREATE INDEX submissions_enterprise ON submissions (enterprise_uscc);

CREATE TABLE receipt_counters (
    year       INTEGER NOT NULL PRIMARY KEY,
    last_value BIGINT  NOT NULL
);
