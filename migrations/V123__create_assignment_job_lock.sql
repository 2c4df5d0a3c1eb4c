-- One row per assignment job (the completion sweep, the rule job). Every node runs the jobs; a run holds its job's
-- row (SELECT ... FOR UPDATE SKIP LOCKED in the run's transaction) and a run on another node that finds it held skips
-- that work instead of repeating it. The sweep keeps its place in after_id, so each run checks one page of open
-- assignments and the next run goes on from there, instead of every run reading every open assignment.
CREATE TABLE assignment_job_lock (
    name     VARCHAR(32) NOT NULL,
    after_id BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO assignment_job_lock (name) VALUES ('completion-sweep'), ('rules');
