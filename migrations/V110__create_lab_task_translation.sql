-- A lab task's title, instructions and hints in another language, beside its track version’s translation (V109).
-- Checks stay the source task's; a task without a row here is shown in the source language.
CREATE TABLE lab_task_translation (
    track_id     VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL,
    language     VARCHAR(35)  NOT NULL,
    task_id      VARCHAR(64)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    instructions MEDIUMTEXT   NOT NULL,
    hints        TEXT         NOT NULL,
    PRIMARY KEY (track_id, version, language, task_id),
    CONSTRAINT fk_lab_task_translation_track FOREIGN KEY (track_id, version, language)
        REFERENCES lab_track_translation (track_id, version, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
