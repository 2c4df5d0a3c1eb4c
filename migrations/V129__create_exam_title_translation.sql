-- An exam version's title and section titles in another language (exams/<id>/exam.<lang>.yaml). sections_json maps
-- section ids to their translated titles (a section left out keeps the source title); source is the fingerprint of
-- the source title and section titles the translation was made from, so it can be shown as outdated.
CREATE TABLE exam_title_translation (
    exam_id       VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL,
    language      VARCHAR(35)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    sections_json TEXT         NOT NULL,
    source        CHAR(12)     NOT NULL,
    PRIMARY KEY (exam_id, version, language),
    CONSTRAINT fk_exam_title_translation_version FOREIGN KEY (exam_id, version)
        REFERENCES exam_version (exam_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
