-- Single sign-on with OpenID Connect (issue 20, ADR 0025). A partner company brings its own identity provider;
-- email domains claimed by an admin say which company a verified email belongs to (one company per domain).
CREATE TABLE sso_provider (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    partner_id    BIGINT        NOT NULL,
    issuer        VARCHAR(512)  NOT NULL,
    client_id     VARCHAR(255)  NOT NULL,
    -- AES-256-GCM under a key derived from PA_SECRET; never shown again after it is entered
    client_secret VARCHAR(1024) NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sso_provider_partner UNIQUE (partner_id),
    CONSTRAINT fk_sso_provider_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sso_domain (
    domain     VARCHAR(253) NOT NULL,
    partner_id BIGINT       NOT NULL,
    claimed_by BIGINT       NOT NULL,
    claimed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (domain),
    CONSTRAINT fk_sso_domain_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_sso_domain_claimed_by FOREIGN KEY (claimed_by) REFERENCES app_user (id),
    INDEX ix_sso_domain_partner (partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's account at a provider (its "sub"), linked to our account on first sign-in.
CREATE TABLE sso_identity (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id       BIGINT       NOT NULL,
    subject           VARCHAR(255) NOT NULL,
    user_id           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    last_sign_in_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sso_identity_subject UNIQUE (provider_id, subject),
    CONSTRAINT fk_sso_identity_provider FOREIGN KEY (provider_id) REFERENCES sso_provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_sso_identity_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_sso_identity_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A sign-in sent to a provider and not yet back: state (hashed), nonce and PKCE verifier, used once.
CREATE TABLE sso_request (
    state_hash    CHAR(64)      NOT NULL,
    provider_id   BIGINT        NOT NULL,
    nonce         VARCHAR(64)   NOT NULL,
    code_verifier VARCHAR(128)  NOT NULL,
    return_to     VARCHAR(2048) NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (state_hash),
    CONSTRAINT fk_sso_request_provider FOREIGN KEY (provider_id) REFERENCES sso_provider (id) ON DELETE CASCADE,
    INDEX ix_sso_request_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which of our sessions came from a provider, with the ID token for RP-initiated logout; ends with the session.
CREATE TABLE sso_session (
    session_hash CHAR(64)    NOT NULL,
    provider_id  BIGINT      NOT NULL,
    id_token     TEXT        NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (session_hash),
    CONSTRAINT fk_sso_session_session FOREIGN KEY (session_hash) REFERENCES user_session (token_hash) ON DELETE CASCADE,
    CONSTRAINT fk_sso_session_provider FOREIGN KEY (provider_id) REFERENCES sso_provider (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
