-- Assignment rules of two kinds and for one partner company. rule_kind JOIN is the rule V087 made (everyone who
-- matches now and whoever joins later gets the work, due due_days after the rule reaches them); RENEWAL assigns the
-- renewal of a certification days_before_expiry days before it expires, due on the expiry day, once per expiry: of
-- one path (kind PATH, ref_id), or of whichever certification is expiring when kind, ref_id and title are empty.
-- partner_id is set for a rule a partner admin or partner manager made for one company; an admin's rule may leave it
-- empty and apply to every partner (of partner_tier, when set).
ALTER TABLE assignment_rule
    ADD COLUMN rule_kind VARCHAR(16) NOT NULL DEFAULT 'JOIN',
    ADD COLUMN partner_id BIGINT NULL,
    ADD COLUMN days_before_expiry INT NULL,
    MODIFY due_days INT NULL,
    MODIFY kind VARCHAR(16) NULL,
    MODIFY ref_id VARCHAR(64) NULL,
    MODIFY title VARCHAR(255) NULL,
    ADD KEY ix_assignment_rule_partner (partner_id),
    ADD CONSTRAINT fk_assignment_rule_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
