-- Whether a staff member takes new conversations now ("available") or not ("away"), with the
-- departments they answer for, refreshed by their console while it is open.
CREATE TABLE staff_presence (
    username    VARCHAR(100) PRIMARY KEY,
    status      VARCHAR(16)  NOT NULL,
    departments TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL
);
