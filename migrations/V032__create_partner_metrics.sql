-- A partner's trailing-12-month ARR and referral count as recorded by its partner manager; every record is
-- kept, the newest applies.
CREATE TABLE partner_metrics (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT         NOT NULL,
    arr         DECIMAL(14, 2) NOT NULL,
    referrals   INT            NOT NULL,
    as_of       DATE           NOT NULL,
    recorded_by BIGINT         NULL,
    recorded_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_partner_metrics_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_partner_metrics_partner (partner_id, as_of, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
