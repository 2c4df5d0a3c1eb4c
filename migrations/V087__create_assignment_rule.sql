-- Automatic assignments: everyone at a partner of a given tier, optionally only people whose job title contains
-- some words, gets the work due a number of days after the rule reaches them; people who join later are reached
-- by the rule job.
CREATE TABLE assignment_rule (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    partner_tier VARCHAR(16)  NULL,
    job_title    VARCHAR(120) NULL,
    kind         VARCHAR(16)  NOT NULL,
    ref_id       VARCHAR(64)  NOT NULL,
    title        VARCHAR(255) NOT NULL,
    due_days     INT          NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_rule_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
