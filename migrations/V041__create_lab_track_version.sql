-- Every published version of a lab track is kept; content_hash makes re-importing an unchanged file a no-op.
CREATE TABLE lab_track_version (
    track_id     VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    title        VARCHAR(200) NOT NULL,
    summary      TEXT         NOT NULL,
    path_id      VARCHAR(64)  NOT NULL,
    ordering     VARCHAR(16)  NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (track_id, version),
    CONSTRAINT fk_lab_track_version_track FOREIGN KEY (track_id) REFERENCES lab_track (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
