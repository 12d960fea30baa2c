-- Login failures are counted per client address and per username from an address, no longer per
-- username alone: someone guessing from elsewhere must not lock the account's owner out. The keys
-- ("address 10.0.0.7", "account alice from 10.0.0.7") replace the old per-username rows, which are
-- dropped: at worst a locked name is free again one lockout early.
DROP TABLE staff_login_throttle;

CREATE TABLE staff_login_throttle (
    throttle_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    lockouts         INTEGER      NOT NULL,
    locked_until     BIGINT       NOT NULL,
    last_failure_at  BIGINT       NOT NULL
);
