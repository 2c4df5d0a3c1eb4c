-- Several identity providers per partner company (issue 20): one per email domain, or two for one company (staff
-- and contractors, say). A company's providers are told apart by issuer and client id; a claimed domain names the
-- provider its people sign in through (none: they sign in with their password). Before this file a company had at
-- most one provider, which served all its domains, so each claimed domain is given to its company's provider.
ALTER TABLE sso_provider ADD CONSTRAINT uk_sso_provider_client UNIQUE (partner_id, client_id, issuer(255));
ALTER TABLE sso_provider DROP INDEX uk_sso_provider_partner;
ALTER TABLE sso_domain
    ADD COLUMN provider_id BIGINT NULL,
    ADD INDEX ix_sso_domain_provider (provider_id),
    ADD CONSTRAINT fk_sso_domain_provider FOREIGN KEY (provider_id) REFERENCES sso_provider (id) ON DELETE SET NULL;
UPDATE sso_domain d JOIN sso_provider p ON p.partner_id = d.partner_id SET d.provider_id = p.id;
