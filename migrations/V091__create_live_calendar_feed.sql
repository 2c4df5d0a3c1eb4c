-- The secret in a person's calendar feed URL (/calendar/{token}.ics), which calendar apps fetch without signing in.
-- It only reads: the person's own sessions, never a join link. A new token replaces the old one.
CREATE TABLE live_calendar_feed (
    user_id    BIGINT      NOT NULL,
    token      VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT uk_live_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_live_calendar_feed_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
