-- An API token: what an integration (a CRM, a PRM) presents as "Authorization: Bearer ...". Only the SHA-256 of
-- the secret is kept (the secret has 256 random bits, so a fast hash suffices); prefix is the first characters,
-- shown so people can tell their tokens apart. partner_id NULL means all partners (admins only). scopes is a
-- space-separated list such as "certifications:read people:write".
CREATE TABLE api_token (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    name          VARCHAR(120)  NOT NULL,
    token_hash    CHAR(64)      NOT NULL,
    prefix        VARCHAR(16)   NOT NULL,
    created_by    BIGINT        NOT NULL,
    partner_id    BIGINT        NULL,
    scopes        VARCHAR(500)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    last_used_at  DATETIME(6)   NULL,
    revoked_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_api_token_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    INDEX ix_api_token_partner (partner_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
