-- Who opened a session's recording from its page, and when first (issue 19: "or watch its recording, if the path
-- allows"). A path requirement of kind LIVE_OR_REPLAY counts a row here like recorded attendance. Opening is what we
-- can observe: recordings are mostly links to the meeting tool's cloud, whose player does not report back to us.
CREATE TABLE live_recording_view (
    session_id      BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    first_opened_at DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, user_id),
    CONSTRAINT fk_live_recording_view_session FOREIGN KEY (session_id) REFERENCES live_session (id),
    CONSTRAINT fk_live_recording_view_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_live_recording_view_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
