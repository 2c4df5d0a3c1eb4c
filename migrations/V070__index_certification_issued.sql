-- The program view counts certifications issued in a period, per level and per current employer: this index finds
-- the period's rows without a table scan and carries the columns the report groups and joins on.
CREATE INDEX ix_certification_issued ON certification (issued_at, level, user_id, path_id);
