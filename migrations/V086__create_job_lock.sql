-- One row per job that must not run on two nodes at once (content and exam imports). A node holds the lock by
-- reading its row FOR UPDATE SKIP LOCKED inside the job's transaction; a second node finds nothing and refuses.
-- (Replaced before any release by import_lock alone and dropped by V096; the primary key is unnamed because
-- MySQL and MariaDB name every primary key PRIMARY and MariaDB warned about the ignored name.)
CREATE TABLE job_lock (
    name VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO job_lock (name) VALUES ('content-import'), ('exam-import');
