package io.partneracademy.sso;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * One company's single sign-on as its partner admin sets it up: the company's provider (the same rules, discovery
 * and address filter as the admin pages, through {@link SsoSetup}), its claimed domains (read only: only admins
 * claim domains) and the trail of changes. A partner admin reaches only the company they work for today; admins
 * reach every company; nobody else (not even the company's partner manager) changes how its people sign in.
 */
@Singleton
class CompanySso {

    private final Partners partners;
    private final SsoSetup setup;
    private final SsoProviderRepository providers;
    private final SsoDomainRepository domains;
    private final SsoAudit audit;

    CompanySso(Partners partners, SsoSetup setup, SsoProviderRepository providers, SsoDomainRepository domains,
               SsoAudit audit) {
        this.partners = partners;
        this.setup = setup;
        this.providers = providers;
        this.domains = domains;
        this.audit = audit;
    }

    /** The company, when the user may set up its sign-in; 404 for no such company, 403 for another one. */
    Partner company(CurrentUser me, long partnerId) {
        Partner partner = partners.get(partnerId);
        boolean ownCompany = me.has(Role.PARTNER_ADMIN)
                && partners.currentEmployer(me.id()).map(p -> p.id() == partnerId).orElse(false);
        if (!me.has(Role.ADMIN) && !ownCompany) {
            throw new PartnerAccessDeniedException();
        }
        return partner;
    }

    Optional<SsoProvider> provider(long partnerId) {
        return providers.findByPartnerId(partnerId);
    }

    List<String> domains(long partnerId) {
        return domains.findByPartnerIdOrderByDomain(partnerId).stream().map(SsoDomain::domain).toList();
    }

    List<SsoAudit.Line> changes(Partner company) {
        return audit.ofPartner(company.id(), company.name());
    }

    /**
     * Adds or changes the company's provider. The company is the one in the address; a form that names another
     * company is refused at its company field, so a partner admin cannot write to another company's provider.
     */
    SsoProvider save(CurrentUser me, long partnerId, ProviderForm form) {
        company(me, partnerId);
        if (form.partnerId() == null || form.partnerId() != partnerId) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.PARTNER, "sso.provider.own-company-only");
        }
        return setup.save(provider(partnerId).map(SsoProvider::id).orElse(null), form, me);
    }
}
