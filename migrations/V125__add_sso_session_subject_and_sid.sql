-- Back-channel logout (issue 20, OpenID Connect Back-Channel Logout 1.0): a provider names the sessions to end by
-- its session id (sid) and/or the person's subject (sub), so each session opened through a provider keeps both from
-- its ID token. Sessions opened before this migration have neither; a logout by sub still finds them through the
-- provider account (sso_identity).
ALTER TABLE sso_session
    ADD COLUMN subject VARCHAR(255) NULL,
    ADD COLUMN sid     VARCHAR(255) NULL,
    ADD INDEX ix_sso_session_sid (provider_id, sid);
