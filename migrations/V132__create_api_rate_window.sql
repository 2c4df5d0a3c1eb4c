-- API rate limit shared by every node (issue 20, ADR 0045): requests per token in fixed one-minute windows, one row per
-- token and window, counted with one atomic upsert per request. Rows of past windows are deleted within minutes.
CREATE TABLE api_rate_window (
    token_id     BIGINT      NOT NULL,
    window_start DATETIME(6) NOT NULL,
    requests     INT         NOT NULL,
    PRIMARY KEY (token_id, window_start),
    CONSTRAINT fk_api_rate_window_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE,
    INDEX ix_api_rate_window_start (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
