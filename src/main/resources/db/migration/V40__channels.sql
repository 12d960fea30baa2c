-- Messaging-app channels (WeChat, Telegram, the signed webhook): which channel user talks in which
-- conversation, the inbound ids already taken (retries, replays, pushes), and long quick-reply
-- actions behind short ids (Telegram's callback_data holds 64 bytes).
-- Portable SQL: the same migration runs on SQLite (embedded) and PostgreSQL (multi-node). Times are epoch ms.
CREATE TABLE channel_users (
    channel          VARCHAR(16)  NOT NULL,
    user_id          VARCHAR(128) NOT NULL,
    conversation_id  VARCHAR(64)  NOT NULL,
    token            VARCHAR(128) NOT NULL,
    locale           VARCHAR(8)   NOT NULL,
    options          TEXT         NOT NULL,
    sent_seq         BIGINT       NOT NULL,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL,
    PRIMARY KEY (channel, user_id)
);

CREATE INDEX channel_users_conversation ON channel_users (conversation_id);

CREATE TABLE channel_claims (
    channel      VARCHAR(16)  NOT NULL,
    claim_key    VARCHAR(200) NOT NULL,
    claimed_at   BIGINT       NOT NULL,
    PRIMARY KEY (channel, claim_key)
);

CREATE INDEX channel_claims_claimed_at ON channel_claims (claimed_at);

CREATE TABLE channel_actions (
    short_id     VARCHAR(32)  NOT NULL PRIMARY KEY,
    action       VARCHAR(400) NOT NULL,
    created_at   BIGINT       NOT NULL
);
