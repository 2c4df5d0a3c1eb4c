-- Which rule made an assignment: a rule reaches each person once (the unique key), and the rules page shows what
-- each rule created.
ALTER TABLE assignment
    ADD COLUMN rule_id BIGINT NULL,
    ADD CONSTRAINT uk_assignment_rule_user UNIQUE (rule_id, user_id),
    ADD CONSTRAINT fk_assignment_rule FOREIGN KEY (rule_id) REFERENCES assignment_rule (id);
