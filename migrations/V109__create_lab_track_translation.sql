-- A lab track version's title and summary in another language (content/labs/<id>.<lang>.yaml). source_fingerprint
-- names the source text it was made from; outdated is computed at publishing (the source's fingerprint differs).
CREATE TABLE lab_track_translation (
    track_id           VARCHAR(64)  NOT NULL,
    version            INT          NOT NULL,
    language           VARCHAR(35)  NOT NULL,
    title              VARCHAR(200) NOT NULL,
    summary            TEXT         NOT NULL,
    source_fingerprint CHAR(12)     NOT NULL,
    outdated           BOOLEAN      NOT NULL,
    PRIMARY KEY (track_id, version, language),
    CONSTRAINT fk_lab_track_translation_version FOREIGN KEY (track_id, version)
        REFERENCES lab_track_version (track_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
