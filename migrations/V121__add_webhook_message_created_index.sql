-- The hourly retention delete (WebhookRetention) finds finished messages by their age: without this index it read
-- every DELIVERED and FAILED message through the (status, next_attempt_at) index to find the old ones (issue 20).
ALTER TABLE webhook_message ADD INDEX ix_webhook_message_created (created_at);
