-- A partner whose eligible tier fell below its current tier keeps that tier for a grace period; this row says
-- since when it is at risk, the tier it would fall to, and when the downgrade takes effect. The row is deleted
-- when the partner qualifies again or when the downgrade happens (tier_assessment keeps the history).
CREATE TABLE tier_grace (
    partner_id  BIGINT      NOT NULL,
    from_tier   VARCHAR(16) NOT NULL,
    to_tier     VARCHAR(16) NOT NULL,
    started_at  DATETIME(6) NOT NULL,
    ends_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (partner_id),
    CONSTRAINT fk_tier_grace_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_tier_grace_ends (ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
