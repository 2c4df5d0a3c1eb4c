-- The language an attempt was started in, pinned for the whole attempt; no row means the exam's source language.
CREATE TABLE attempt_language (
    attempt_id BIGINT      NOT NULL,
    language   VARCHAR(35) NOT NULL,
    PRIMARY KEY (attempt_id),
    CONSTRAINT fk_attempt_language_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
