-- Extra time granted to a person for their exams; every grant is kept (the newest applies), for audit.
CREATE TABLE accommodation (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    user_id         BIGINT        NOT NULL,
    extra_minutes   INT           NOT NULL,
    time_multiplier DECIMAL(4, 2) NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    granted_by      BIGINT        NOT NULL,
    granted_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_accommodation_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_accommodation_granter FOREIGN KEY (granted_by) REFERENCES app_user (id),
    INDEX ix_accommodation_user (user_id, granted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
