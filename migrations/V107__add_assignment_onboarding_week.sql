-- An assignment an onboarding plan made carries the plan's week; nobody assigned it when the plan applied itself to
-- a new hire, so assigned_by may be empty (overdue notices then go to the partner's admins and managers).
ALTER TABLE assignment
    ADD COLUMN onboarding_week INT NULL,
    MODIFY assigned_by BIGINT NULL;
