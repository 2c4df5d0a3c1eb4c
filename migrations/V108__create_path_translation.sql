-- A certification path's title and description in another language (content/paths/<id>.<lang>.yaml), replaced at
-- every import. source_fingerprint names the source text it was made from; outdated is computed at import (the
-- source's fingerprint differs), so the learner and author pages need no hashing.
CREATE TABLE path_translation (
    path_id            VARCHAR(64)  NOT NULL,
    language           VARCHAR(35)  NOT NULL,
    title              VARCHAR(200) NOT NULL,
    description        TEXT         NOT NULL,
    source_fingerprint CHAR(12)     NOT NULL,
    outdated           BOOLEAN      NOT NULL,
    PRIMARY KEY (path_id, language),
    CONSTRAINT fk_path_translation_path FOREIGN KEY (path_id) REFERENCES learning_path (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
