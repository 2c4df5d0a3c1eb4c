-- A library resource (battle card, playbook, …): its metadata and the version downloads serve now.
-- min_tier is the lowest partner tier that may see it; owner_email is told when review_by has passed.
CREATE TABLE resource (
    id              VARCHAR(64)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    tags            VARCHAR(500) NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    min_tier        VARCHAR(16)  NOT NULL,
    owner_email     VARCHAR(254) NOT NULL,
    review_by       DATE         NOT NULL,
    current_version INT          NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_resource_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
