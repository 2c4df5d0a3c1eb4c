-- A certification: the record a certificate PDF, the verify page and the badge are rendered from. active_key is
-- 'user:path' while the certification is ACTIVE and NULL otherwise, so a person holds at most one active
-- certification per path; attempt_id is unique, so one passed exam never issues twice.
CREATE TABLE certification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    credential_id  CHAR(19)      NOT NULL,
    user_id        BIGINT        NOT NULL,
    path_id        VARCHAR(64)   NOT NULL,
    path_title     VARCHAR(200)  NOT NULL,
    level          VARCHAR(16)   NOT NULL,
    holder_name    VARCHAR(200)  NOT NULL,
    attempt_id     BIGINT        NOT NULL,
    score_percent  DECIMAL(5, 2) NOT NULL,
    issued_at      DATETIME(6)   NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    status_at      DATETIME(6)   NOT NULL,
    status_reason  VARCHAR(500)  NULL,
    supersedes_id  BIGINT        NULL,
    superseded_by  BIGINT        NULL,
    active_key     VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certification_credential UNIQUE (credential_id),
    CONSTRAINT uk_certification_attempt UNIQUE (attempt_id),
    CONSTRAINT uk_certification_active UNIQUE (active_key),
    CONSTRAINT fk_certification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_certification_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    INDEX ix_certification_user (user_id, path_id, issued_at),
    INDEX ix_certification_due (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
