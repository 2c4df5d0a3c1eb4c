-- In-app notifications (expiry reminders, ...). dedupe_key makes a job that sends them safe to run again and on
-- several servers: the second insert of the same reminder is ignored.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    user_id     BIGINT        NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    link        VARCHAR(300)  NULL,
    dedupe_key  VARCHAR(150)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_notification_user (user_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
