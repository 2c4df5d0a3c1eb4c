-- Live training (issue 19): a series keeps the rule it was planned with, so it can be extended later without
-- planning a new series. recurrence is live.Recurrence (WEEKLY, MONTHLY_DAY, MONTHLY_WEEKDAY); anchor_start is the
-- wall-clock start of the rule's first occurrence in time_zone (moved by "this and the following sessions" edits).
-- Series planned before this file have no rule (NULL): they cannot be extended, only edited.
ALTER TABLE live_series
    ADD COLUMN recurrence   VARCHAR(16) NULL,
    ADD COLUMN anchor_start DATETIME    NULL,
    ADD COLUMN time_zone    VARCHAR(64) NULL;
