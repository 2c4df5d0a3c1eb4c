-- The signed files of a certification (the PDF and the Open Badge), kept as first signed so every download is
-- byte-identical and carries the real time of signing, and so a key rotation never changes what was issued.
CREATE TABLE certification_document (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    certification_id BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    content          LONGBLOB     NOT NULL,
    signed_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certification_document UNIQUE (certification_id, kind),
    CONSTRAINT fk_certification_document FOREIGN KEY (certification_id) REFERENCES certification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
