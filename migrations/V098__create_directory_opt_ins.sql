-- The public partner directory lists a partner company only while it opts in (directory_listing), and names a
-- person, with links to their verify pages, only while that person opts in (directory_person).
CREATE TABLE directory_listing (
    partner_id BIGINT      NOT NULL,
    listed_at  DATETIME(6) NOT NULL,
    listed_by  BIGINT      NOT NULL,
    PRIMARY KEY (partner_id),
    CONSTRAINT fk_directory_listing_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_directory_listing_user FOREIGN KEY (listed_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE directory_person (
    user_id     BIGINT      NOT NULL,
    opted_in_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_directory_person_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
