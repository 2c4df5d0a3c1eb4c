-- The API's sessions feed (GET /api/v1/live/sessions?updated_since=, issue 20) also reports changed seat counts:
-- seats_changed_at is when a registration, cancellation or promotion last changed who holds a seat, and changed_at,
-- the later of it and the session's own change, orders the feed. Computed by the database, so no writer of a session
-- can forget it; stored, so it can be indexed for the keyset paging.
ALTER TABLE live_session
    ADD COLUMN seats_changed_at DATETIME(6) NULL,
    ADD COLUMN changed_at DATETIME(6) AS (GREATEST(updated_at, COALESCE(seats_changed_at, updated_at))) STORED,
    ADD INDEX ix_live_session_changed (changed_at, id);
