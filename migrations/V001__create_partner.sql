CREATE TABLE partner (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    name                VARCHAR(200) NOT NULL,
    type                VARCHAR(32)  NOT NULL,
    region              VARCHAR(64)  NOT NULL,
    agreement_signed_on DATE         NULL,
    tier                VARCHAR(16)  NOT NULL DEFAULT 'REGISTERED',
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
