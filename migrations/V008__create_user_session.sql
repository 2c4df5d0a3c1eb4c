-- Signed-in sessions (ADR 0002). The cookie holds a random token; only its SHA-256 is stored,
-- so a database dump cannot be replayed as a login. Any app node can validate any session.
CREATE TABLE user_session (
    token_hash   CHAR(64)     NOT NULL,
    user_id      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_seen_at DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    user_agent   VARCHAR(255) NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_user_session_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
