-- A rule reaches a person once per round: a JOIN rule has one round (''), a RENEWAL rule one per expiry (the expiry
-- day and path being renewed, e.g. '2027-03-01:foundation'). The new unique key starts with rule_id, so it also serves the foreign key
-- that uk_assignment_rule_user (V088) served until it is dropped.
ALTER TABLE assignment
    ADD COLUMN rule_round VARCHAR(80) NOT NULL DEFAULT '',
    ADD CONSTRAINT uk_assignment_rule_round UNIQUE (rule_id, user_id, rule_round);

ALTER TABLE assignment DROP INDEX uk_assignment_rule_user;
