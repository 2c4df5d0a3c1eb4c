-- A vendor channel manager's portfolio: the partners they look after.
CREATE TABLE partner_manager_assignment (
    partner_id      BIGINT      NOT NULL,
    manager_user_id BIGINT      NOT NULL,
    assigned_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (partner_id, manager_user_id),
    CONSTRAINT fk_pma_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_pma_manager FOREIGN KEY (manager_user_id) REFERENCES app_user (id),
    INDEX ix_pma_manager (manager_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
