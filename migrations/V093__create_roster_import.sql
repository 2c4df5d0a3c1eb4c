-- A roster file a partner admin uploaded: kept as text from the upload to the confirmation, so the preview the
-- person saw is recomputed from the same lines. status PREVIEWED until confirmed, then APPLIED exactly once.
CREATE TABLE roster_import (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    partner_id      BIGINT       NOT NULL,
    uploaded_by     BIGINT       NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    content         MEDIUMTEXT   NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    applied_by      BIGINT       NULL,
    applied_at      DATETIME(6)  NULL,
    leaving_applied BOOLEAN      NULL,
    invited         INT          NULL,
    updated         INT          NULL,
    left_count      INT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_roster_import_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_roster_import_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
    CONSTRAINT fk_roster_import_applier FOREIGN KEY (applied_by) REFERENCES app_user (id),
    INDEX ix_roster_import_partner (partner_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
