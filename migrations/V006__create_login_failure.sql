-- Failed logins, kept in the database so throttling holds across restarts and app nodes.
CREATE TABLE login_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    remote_address VARCHAR(64)  NOT NULL,
    failed_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_login_failure_email (email, failed_at),
    INDEX ix_login_failure_address (remote_address, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
