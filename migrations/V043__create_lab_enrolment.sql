-- A person who started a lab track, and when they completed it (evidence toward certification).
CREATE TABLE lab_enrolment (
    user_id      BIGINT      NOT NULL,
    track_id     VARCHAR(64) NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    completed_at DATETIME(6) NULL,
    PRIMARY KEY (user_id, track_id),
    CONSTRAINT fk_lab_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_lab_enrolment_track FOREIGN KEY (track_id) REFERENCES lab_track (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
