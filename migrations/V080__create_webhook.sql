-- Webhooks. A subscription: where to send (url), which events (space-separated names such as
-- "certification.issued tier.changed"), the signing secret (whsec_..., needed in clear to sign), the person who
-- made it (told when it is disabled) and the one partner it is limited to (NULL: all partners, admins only).
-- failing_since is the first failure since the last success: a subscription failing for days is disabled.
CREATE TABLE webhook_subscription (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    url              VARCHAR(2000)  NOT NULL,
    events           VARCHAR(1000)  NOT NULL,
    secret           VARCHAR(100)   NOT NULL,
    created_by       BIGINT         NOT NULL,
    partner_id       BIGINT         NULL,
    created_at       DATETIME(6)    NOT NULL,
    enabled          BOOLEAN        NOT NULL,
    failing_since    DATETIME(6)    NULL,
    disabled_at      DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_subscription_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_webhook_subscription_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One event for one subscription, written in the transaction of the change it describes. msg_id is the
-- webhook-id header, the same on every retry, so a receiver can drop duplicates. next_attempt_at is when the
-- delivery job may take it next (a claim moves it forward as a lease, so a crashed node's claim is retried).
CREATE TABLE webhook_message (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    msg_id           VARCHAR(40)    NOT NULL,
    subscription_id  BIGINT         NOT NULL,
    event_type       VARCHAR(64)    NOT NULL,
    payload          MEDIUMTEXT     NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    attempts         INT            NOT NULL,
    next_attempt_at  DATETIME(6)    NULL,
    delivered_at     DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_webhook_message_msg UNIQUE (msg_id),
    CONSTRAINT fk_webhook_message_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE,
    INDEX ix_webhook_message_due (status, next_attempt_at),
    INDEX ix_webhook_message_subscription (subscription_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delivery log: every attempt with the receiver's status code and the start of its answer, or the error.
CREATE TABLE webhook_attempt (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    message_id       BIGINT         NOT NULL,
    attempted_at     DATETIME(6)    NOT NULL,
    response_status  INT            NULL,
    response_body    VARCHAR(1000)  NULL,
    error            VARCHAR(500)   NULL,
    duration_ms      INT            NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_attempt_message FOREIGN KEY (message_id) REFERENCES webhook_message (id) ON DELETE CASCADE,
    INDEX ix_webhook_attempt_message (message_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
