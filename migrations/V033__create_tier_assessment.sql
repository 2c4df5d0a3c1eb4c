-- Each partner's eligible tier with the numbers and the sentence that explain it. A new row starts whenever
-- the result changes and closes the previous one (valid_to), so "as of any date" is one indexed lookup.
CREATE TABLE tier_assessment (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    partner_id      BIGINT         NOT NULL,
    eligible_tier   VARCHAR(16)    NOT NULL,
    current_tier    VARCHAR(16)    NOT NULL,
    certified       INT            NOT NULL,
    practitioners   INT            NOT NULL,
    architects      INT            NOT NULL,
    arr             DECIMAL(14, 2) NOT NULL,
    referrals       INT            NOT NULL,
    explanation     VARCHAR(1000)  NOT NULL,
    valid_from      DATETIME(6)    NOT NULL,
    valid_to        DATETIME(6)    NULL,
    cause           VARCHAR(64)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tier_assessment_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_tier_assessment_partner (partner_id, valid_from),
    INDEX ix_tier_assessment_open (valid_to, partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
