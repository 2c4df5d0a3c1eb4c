-- An assignment its onboarding plan no longer asks for (the step was removed) is withdrawn: it ends (completed_at
-- and withdrawn_at set, open_key cleared) without counting as done.
ALTER TABLE assignment ADD COLUMN withdrawn_at DATETIME(6) NULL;
