-- Work assigned to a partner's people with a due date: a path, a course or a lab track. Renewals from a
-- tier forecast point at their campaign. open_key is set while the assignment is open, so one person never has
-- the same work assigned twice at once; it is cleared when the assignment ends.
CREATE TABLE assignment (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id          BIGINT       NOT NULL,
    user_id             BIGINT       NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    ref_id              VARCHAR(64)  NOT NULL,
    title               VARCHAR(255) NOT NULL,
    due_on              DATE         NOT NULL,
    note                VARCHAR(500) NULL,
    assigned_by         BIGINT       NOT NULL,
    campaign_id         BIGINT       NULL,
    created_at          DATETIME(6)  NOT NULL,
    completed_at        DATETIME(6)  NULL,
    reminded_at         DATETIME(6)  NULL,
    overdue_notified_at DATETIME(6)  NULL,
    open_key            VARCHAR(120) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assignment_open UNIQUE (open_key),
    KEY ix_assignment_user (user_id, completed_at),
    KEY ix_assignment_partner (partner_id, due_on),
    KEY ix_assignment_open_due (completed_at, due_on),
    KEY ix_assignment_campaign (campaign_id),
    CONSTRAINT fk_assignment_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_assignment_assigner FOREIGN KEY (assigned_by) REFERENCES app_user (id),
    CONSTRAINT fk_assignment_campaign FOREIGN KEY (campaign_id) REFERENCES assignment_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
