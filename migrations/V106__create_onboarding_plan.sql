-- Onboarding plans: dated steps (a course, a lab track, a path) a new hire gets, due a number of weeks after they
-- join. The plan with no partner is the default every partner starts with; a partner that edits its plan gets its
-- own copy (partner_id set). A step with a job title applies only to people whose job title contains those words.
CREATE TABLE onboarding_plan (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT      NULL,
    updated_by  BIGINT      NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_onboarding_plan_partner UNIQUE (partner_id),
    CONSTRAINT fk_onboarding_plan_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_onboarding_plan_editor FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE onboarding_step (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id    BIGINT       NOT NULL,
    week       INT          NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    ref_id     VARCHAR(64)  NOT NULL,
    title      VARCHAR(255) NOT NULL,
    job_title  VARCHAR(120) NULL,
    PRIMARY KEY (id),
    KEY ix_onboarding_step_plan (plan_id, week),
    CONSTRAINT fk_onboarding_step_plan FOREIGN KEY (plan_id) REFERENCES onboarding_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The seed's week-by-week journey for a new reseller: Foundation in week 1, sales training in week 2, practice in
-- week 3, certification in week 4. Steps whose work is not in the catalog are left out when the plan is applied.
INSERT INTO onboarding_plan (partner_id, updated_by, updated_at) VALUES (NULL, NULL, CURRENT_TIMESTAMP(6));
INSERT INTO onboarding_step (plan_id, week, kind, ref_id, title, job_title)
SELECT id, 1, 'COURSE', 'program-essentials', 'Partner Program Essentials', NULL FROM onboarding_plan WHERE partner_id IS NULL
UNION ALL
SELECT id, 2, 'COURSE', 'value-proposition', 'Value Proposition and Positioning', NULL FROM onboarding_plan WHERE partner_id IS NULL
UNION ALL
SELECT id, 3, 'LAB', 'deal-registration-walkthrough', 'Deal Registration Walkthrough', NULL FROM onboarding_plan WHERE partner_id IS NULL
UNION ALL
SELECT id, 4, 'PATH', 'foundation', 'Certified Foundation', NULL FROM onboarding_plan WHERE partner_id IS NULL;
