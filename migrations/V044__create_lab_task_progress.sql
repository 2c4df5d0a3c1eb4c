-- Completed tasks, keyed by track and task id (not version): they survive new versions that keep the task.
CREATE TABLE lab_task_progress (
    user_id      BIGINT      NOT NULL,
    track_id     VARCHAR(64) NOT NULL,
    task_id      VARCHAR(64) NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, track_id, task_id),
    CONSTRAINT fk_lab_task_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
