-- Enterprise profiles: one row per fact of an enterprise (keyed by USCC), with where it came from.
-- Portable SQL: the same migration runs on SQLite and PostgreSQL.
CREATE TABLE enterprise_facts (
    uscc        VARCHAR(32)  NOT NULL,
    fact_key    VARCHAR(64)  NOT NULL,
    fact_value  TEXT         NOT NULL,
    source      VARCHAR(200) NOT NULL,
    updated_at  BIGINT       NOT NULL,
    PRIMARY KEY (uscc, fact_key)
);
