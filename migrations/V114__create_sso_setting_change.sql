-- Who changed a company's single sign-on settings and when (issue 20): one row per change of one setting, written
-- in the transaction of the change. The client secret's value is never recorded, only that it was replaced.
CREATE TABLE sso_setting_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT       NOT NULL,
    actor_id    BIGINT       NOT NULL,
    -- the actor's name and email when they made the change, so the trail reads the same after a rename
    actor_name  VARCHAR(200) NOT NULL,
    actor_email VARCHAR(254) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    -- the new issuer, client id or the domain, as the kind says; null for kinds that carry no value
    detail      VARCHAR(512) NULL,
    changed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sso_setting_change_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_sso_setting_change_actor FOREIGN KEY (actor_id) REFERENCES app_user (id),
    INDEX ix_sso_setting_change_partner (partner_id, changed_at),
    INDEX ix_sso_setting_change_changed (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
