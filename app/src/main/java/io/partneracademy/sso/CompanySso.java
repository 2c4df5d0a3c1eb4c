package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * One company's single sign-on as its partner admin sets it up: the company's providers (the same rules, discovery
 * and address filter as the admin pages, through {@link SsoSetup}), which provider each claimed domain signs in
 * through (only admins claim domains) and the trail of changes. A partner admin reaches only the company they work
 * for today; admins reach every company; nobody else (not even the company's partner manager) changes how its people
 * sign in.
 */
@Singleton
class CompanySso {

    private final Partners partners;
    private final SsoSetup setup;
    private final SsoAudit audit;

    CompanySso(Partners partners, SsoSetup setup, SsoAudit audit) {
        this.partners = partners;
        this.setup = setup;
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

    List<SsoSetup.ProviderRow> providers(long partnerId) {
        return setup.providersOf(partnerId);
    }

    /** One of the company's providers; 404 for a provider of another company, as for none at all. */
    SsoProvider provider(long partnerId, long providerId) {
        SsoProvider provider = setup.provider(providerId);
        if (provider.partnerId() != partnerId) {
            throw new SsoProviderNotFoundException(providerId);
        }
        return provider;
    }

    /** The company's domains, each with the issuer of the provider it signs in through (or none). */
    List<SsoSetup.DomainRow> domains(long partnerId) {
        return setup.domains().stream().filter(d -> d.partnerId() == partnerId).toList();
    }

    List<SsoRouting.DomainChoice> domainChoices(long partnerId, @Nullable Long providerId,
                                                @Nullable List<String> posted) {
        return setup.domainChoices(partnerId, providerId, posted);
    }

    List<SsoAudit.Line> changes(Partner company) {
        return audit.ofPartner(company.id(), company.name());
    }

    /**
     * Adds a provider to the company ({@code providerId} null) or changes one of its providers. The company is the one
     * in the address; a form that names another company is refused at its company field, so a partner admin cannot
     * write to another company's provider.
     */
    SsoProvider save(CurrentUser me, long partnerId, @Nullable Long providerId, ProviderForm form) {
        company(me, partnerId);
        if (providerId != null) {
            provider(partnerId, providerId);
        }
        if (form.partnerId() == null || form.partnerId() != partnerId) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.PARTNER, "sso.provider.own-company-only");
        }
        return setup.save(providerId, form, me);
    }
}
