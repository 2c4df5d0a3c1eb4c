-- job_lock (V086) held a second, refusing lock for the same imports that import_lock (V081) already serializes;
-- the imports now take import_lock only (issue 22), so the table goes. It was never in a release.
DROP TABLE IF EXISTS job_lock;
