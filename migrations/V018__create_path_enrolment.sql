CREATE TABLE path_enrolment (
    user_id     BIGINT      NOT NULL,
    path_id     VARCHAR(64) NOT NULL,
    enrolled_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, path_id),
    CONSTRAINT fk_path_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_path_enrolment_path FOREIGN KEY (path_id) REFERENCES learning_path (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
