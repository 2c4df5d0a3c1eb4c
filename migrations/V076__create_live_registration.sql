-- One row per person and session: REGISTERED (a seat), WAITLISTED (in line by seq) or CANCELLED. attended is NULL
-- until the instructor marks attendance or imports the meeting tool's report. The reminder columns make the 24 h
-- and 1 h reminders go out exactly once, whichever server runs the job.
CREATE TABLE live_registration (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    session_id       BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL,
    status           VARCHAR(16) NOT NULL,
    seq              BIGINT      NOT NULL,
    registered_at    DATETIME(6) NOT NULL,
    changed_at       DATETIME(6) NOT NULL,
    attended         BOOLEAN     NULL,
    attended_minutes INT         NULL,
    attendance_at    DATETIME(6) NULL,
    reminded_day_at  DATETIME(6) NULL,
    reminded_hour_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_live_registration UNIQUE (session_id, user_id),
    CONSTRAINT fk_live_registration_session FOREIGN KEY (session_id) REFERENCES live_session (id),
    CONSTRAINT fk_live_registration_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_live_registration_line (session_id, status, seq),
    INDEX ix_live_registration_user (user_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
