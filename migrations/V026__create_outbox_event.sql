-- Events for other features (exam passed, certification issued, ...), written in the same transaction as
-- the change they describe and processed by jobs that claim rows with SKIP LOCKED.
CREATE TABLE outbox_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    type         VARCHAR(64)  NOT NULL,
    aggregate_id VARCHAR(64)  NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    processed_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_outbox_unprocessed (processed_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
