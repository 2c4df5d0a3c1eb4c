-- What each partner tier requires, editable by admins. Defaults: the program's "Standard Tier Structure".
-- A partner qualifies for a tier when it has the certified people (and the per-level minimums) AND reaches
-- either the trailing-12-month ARR or the referral threshold.
CREATE TABLE tier_policy (
    tier              VARCHAR(16)    NOT NULL,
    min_certified     INT            NOT NULL,
    min_practitioners INT            NOT NULL,
    min_architects    INT            NOT NULL,
    min_arr           DECIMAL(14, 2) NOT NULL,
    min_referrals     INT            NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    updated_by        BIGINT         NULL,
    PRIMARY KEY (tier)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO tier_policy (tier, min_certified, min_practitioners, min_architects, min_arr, min_referrals, updated_at)
VALUES ('REGISTERED', 0, 0, 0, 0, 0, '2026-01-01 00:00:00'),
       ('SILVER', 1, 0, 0, 25000, 5, '2026-01-01 00:00:00'),
       ('GOLD', 2, 0, 0, 100000, 20, '2026-01-01 00:00:00'),
       ('PLATINUM', 5, 0, 1, 500000, 50, '2026-01-01 00:00:00');
