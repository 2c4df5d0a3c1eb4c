-- Renewal rules look again, at each run, at the people whose current employment began or changed since the last
-- run (a move to the rule's partner, a new job title); this index finds them without reading every employment.
CREATE INDEX ix_employment_updated ON employment (updated_at);
