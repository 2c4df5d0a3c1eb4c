-- Dated employment: a person's current employer is the row with ended_on IS NULL.
-- Rows are never deleted, so a move between partners keeps the history.
CREATE TABLE employment (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    partner_id BIGINT       NOT NULL,
    job_title  VARCHAR(120) NULL,
    started_on DATE         NOT NULL,
    ended_on   DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_employment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_employment_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_employment_user (user_id, ended_on),
    INDEX ix_employment_partner (partner_id, ended_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
