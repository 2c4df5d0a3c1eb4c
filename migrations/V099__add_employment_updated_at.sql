-- When an employment row last changed (started, job title, ended), so an integration can sync a partner's people
-- with updated_since. Existing rows take the day of their last known change.
ALTER TABLE employment ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE employment SET updated_at = CAST(COALESCE(ended_on, started_on) AS DATETIME(6));
-- The default only serves bulk loads (benchmarks); the application always writes the time from its clock.
ALTER TABLE employment MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
ALTER TABLE employment ADD INDEX ix_employment_partner_updated (partner_id, updated_at, id);
