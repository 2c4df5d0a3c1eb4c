-- A translation saved in the browser that the files under content/ and exams/ do not hold yet (ADR 0050): one row per
-- course text, lesson, exam question or exam title translation and language, with a hash of the saved text, who saved
-- it and when. An import whose file has that text (e.g. after an export) deletes the row; an import whose file differs
-- asks the author before replacing it. When the browser text is kept (the author's answer, or an import nobody
-- watches such as start-up), kept_at, kept_file and kept_file_hash (the file that differs and the hash of its text)
-- are set: the admin content page lists them, and the same file text is not asked about again.
CREATE TABLE browser_translation (
    kind      VARCHAR(16)  NOT NULL,
    owner_id  VARCHAR(64)  NOT NULL,
    item_id   VARCHAR(64)  NOT NULL,
    language  VARCHAR(35)  NOT NULL,
    text_hash CHAR(64)     NOT NULL,
    saved_by  BIGINT       NULL,
    saved_at  DATETIME(6)  NOT NULL,
    kept_at   DATETIME(6)  NULL,
    kept_file VARCHAR(300) NULL,
    kept_file_hash CHAR(64) NULL,
    CONSTRAINT pk_browser_translation PRIMARY KEY (kind, owner_id, item_id, language),
    CONSTRAINT fk_browser_translation_saved_by FOREIGN KEY (saved_by) REFERENCES app_user (id) ON DELETE SET NULL,
    INDEX ix_browser_translation_kept (kept_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
