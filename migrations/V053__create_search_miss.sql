-- Search queries that found nothing, normalised and counted, so authors see what learners miss.
CREATE TABLE search_miss (
    query_text    VARCHAR(200) NOT NULL,
    times         INT          NOT NULL,
    first_seen_at DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (query_text),
    KEY ix_search_miss_last_seen (last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
