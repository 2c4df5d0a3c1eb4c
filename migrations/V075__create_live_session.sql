-- Live training (issue 19): instructor-led sessions, webinars and office hours, scheduled in a time zone.
-- starts_at/ends_at are instants (UTC); time_zone is the zone the session was planned in, so a weekly series keeps
-- its local wall-clock time across daylight-saving changes. sequence is the iCalendar SEQUENCE: raised on every
-- change a calendar must see (time, place, cancellation). registration_seq hands out places in line under the
-- session's row lock, so the waitlist order is exactly the order registrations were decided in.
CREATE TABLE live_series (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    title       VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE live_session (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    uid              VARCHAR(100)  NOT NULL,
    series_id        BIGINT        NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    course_id        VARCHAR(64)   NULL,
    path_id          VARCHAR(64)   NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    time_zone        VARCHAR(64)   NOT NULL,
    capacity         INT           NOT NULL,
    min_tier         VARCHAR(32)   NULL,
    partner_types    VARCHAR(200)  NULL,
    regions          VARCHAR(200)  NULL,
    join_url         VARCHAR(500)  NOT NULL,
    recording_url    VARCHAR(500)  NULL,
    materials        VARCHAR(2000) NULL,
    status           VARCHAR(16)   NOT NULL,
    sequence         INT           NOT NULL,
    registration_seq BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_live_session_uid UNIQUE (uid),
    CONSTRAINT fk_live_session_series FOREIGN KEY (series_id) REFERENCES live_series (id),
    INDEX ix_live_session_starts (starts_at),
    INDEX ix_live_session_course (course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE live_session_instructor (
    session_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (session_id, user_id),
    CONSTRAINT fk_live_instructor_session FOREIGN KEY (session_id) REFERENCES live_session (id),
    CONSTRAINT fk_live_instructor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
