-- Live training (issue 19): materials and recordings uploaded to a session by its instructors or the enablement
-- team. The bytes live in the file store (FileStorage: a folder or S3) under storage_key, a random key never derived
-- from the client's file name; file_name is only what the download is called. content_type is the type recognised
-- from the file's first bytes when it was accepted, not what the browser claimed.
CREATE TABLE live_session_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    session_id   BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    storage_key  VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_live_session_file_key UNIQUE (storage_key),
    CONSTRAINT fk_live_session_file_session FOREIGN KEY (session_id) REFERENCES live_session (id),
    CONSTRAINT fk_live_session_file_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
    INDEX ix_live_session_file_session (session_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
