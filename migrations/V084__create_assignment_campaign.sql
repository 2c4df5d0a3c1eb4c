-- The renewals assigned from one tier forecast in one action: the partner, the date the tier would drop, and to what.
CREATE TABLE assignment_campaign (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT      NOT NULL,
    due_on      DATE        NOT NULL,
    falls_to    VARCHAR(16) NOT NULL,
    created_by  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_assignment_campaign_partner (partner_id, created_at),
    CONSTRAINT fk_assignment_campaign_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_assignment_campaign_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
