-- Some providers (Microsoft Entra ID) send no email_verified claim. An admin may say that a provider's emails are
-- trusted as verified (issue 20); off by default, so an unverified email still signs nobody in.
ALTER TABLE sso_provider ADD COLUMN trust_email BOOLEAN NOT NULL DEFAULT FALSE;
