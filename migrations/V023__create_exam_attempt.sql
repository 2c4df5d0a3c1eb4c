-- One sitting of an exam. The deadline is computed on the server at start (and on accommodations) and is the
-- only clock that counts. open_key is 'user:exam' while the attempt is open and NULL afterwards, so the
-- unique key allows one open attempt per person per exam.
CREATE TABLE exam_attempt (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    exam_id          VARCHAR(64)  NOT NULL,
    exam_version     INT          NOT NULL,
    user_id          BIGINT       NOT NULL,
    seed             BIGINT       NOT NULL,
    started_at       DATETIME(6)  NOT NULL,
    deadline         DATETIME(6)  NOT NULL,
    grace_seconds    INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    open_key         VARCHAR(100) NULL,
    current_position INT          NOT NULL DEFAULT 0,
    closed_at        DATETIME(6)  NULL,
    score_percent    DECIMAL(5, 2) NULL,
    passed           BOOLEAN      NULL,
    section_scores   TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_attempt_open UNIQUE (open_key),
    CONSTRAINT fk_exam_attempt_version FOREIGN KEY (exam_id, exam_version) REFERENCES exam_version (exam_id, version),
    CONSTRAINT fk_exam_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_exam_attempt_user (user_id, exam_id, started_at),
    INDEX ix_exam_attempt_due (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
