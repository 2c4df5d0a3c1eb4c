-- The program view's enablement funnel reads the path enrolments of a period.
CREATE INDEX ix_path_enrolment_enrolled ON path_enrolment (enrolled_at, path_id);
