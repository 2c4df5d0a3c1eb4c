-- One row per download, so counts per resource and per partner company can both be read.
CREATE TABLE resource_download (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    resource_id   VARCHAR(64) NOT NULL,
    user_id       BIGINT      NOT NULL,
    partner_id    BIGINT      NULL,
    downloaded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_resource_download_resource (resource_id, partner_id),
    CONSTRAINT fk_resource_download_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
