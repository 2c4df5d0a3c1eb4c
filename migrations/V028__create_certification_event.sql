-- The history of each certification: issued, superseded, expired, revoked, reminded; never updated or deleted.
CREATE TABLE certification_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    certification_id BIGINT       NOT NULL,
    type             VARCHAR(32)  NOT NULL,
    at               DATETIME(6)  NOT NULL,
    actor_id         BIGINT       NULL,
    detail           VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_certification_event_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    INDEX ix_certification_event_certification (certification_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
