-- Every uploaded file of a resource is kept; extracted_text lets the search index be rebuilt without the files.
CREATE TABLE resource_version (
    resource_id    VARCHAR(64)  NOT NULL,
    version        INT          NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    bytes          LONGBLOB     NOT NULL,
    extracted_text MEDIUMTEXT   NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    uploaded_by    BIGINT       NULL,
    PRIMARY KEY (resource_id, version),
    CONSTRAINT fk_resource_version_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
