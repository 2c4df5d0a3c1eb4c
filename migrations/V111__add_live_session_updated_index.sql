-- The API's sessions feed reads live sessions by their own last change (issue 20): GET /api/v1/live/sessions.
ALTER TABLE live_session ADD INDEX ix_live_session_updated (updated_at, id);
