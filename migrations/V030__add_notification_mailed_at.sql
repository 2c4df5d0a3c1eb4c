-- When the notification was handed to the mail server (or logged, without one); NULL rows are the mail queue.
ALTER TABLE notification
    ADD COLUMN mailed_at DATETIME(6) NULL,
    ADD INDEX ix_notification_unmailed (mailed_at, id);
