-- Back-channel logout tokens already used (issue 20, OpenID Connect Back-Channel Logout 1.0, section 2.6): each token's
-- jti (hashed) per provider, kept until the token is too old to be accepted anyway, so a replayed token is refused.
CREATE TABLE sso_logout_token (
    provider_id BIGINT      NOT NULL,
    jti_hash    CHAR(64)    NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (provider_id, jti_hash),
    CONSTRAINT fk_sso_logout_token_provider FOREIGN KEY (provider_id) REFERENCES sso_provider (id) ON DELETE CASCADE,
    INDEX ix_sso_logout_token_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
