package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which provider each claimed email domain signs in through. A company may have several providers (one per domain,
 * or staff and contractors); each domain names one of its company's providers or none (its people sign in with their
 * password). A company's first provider takes the domains that name none, and a domain claimed for a company with
 * exactly one provider is given to it, so a company with one provider never has to choose. Runs inside the
 * transaction of the save or claim that calls it ({@link SsoSetup}).
 */
@Singleton
class SsoRouting {

    private final SsoDomainRepository domains;
    private final SsoProviderRepository providers;
    private final SsoAudit audit;

    SsoRouting(SsoDomainRepository domains, SsoProviderRepository providers, SsoAudit audit) {
        this.domains = domains;
        this.providers = providers;
        this.audit = audit;
    }

    /** A domain as a provider form offers it: ticked or not, and the provider that serves it now (if another). */
    record DomainChoice(String domain, boolean chosen, @Nullable String servedBy) {
    }

    /**
     * The enabled provider the email's domain names; empty for every other address (an unclaimed domain, a domain
     * that names no provider or a switched-off one), which the sign-in page answers alike (ADR 0040).
     */
    Optional<SsoProvider> providerForEmail(String email) {
        String value = email == null ? "" : email.strip();
        int at = value.lastIndexOf('@');
        String domain = at < 0 ? null : SsoSetup.normalize(value.substring(at + 1));
        if (domain == null) {
            return Optional.empty();
        }
        return domains.findById(domain).map(SsoDomain::providerId).flatMap(providers::findById)
                .filter(SsoProvider::enabled);
    }

    /** The chosen domains in normal form; refused at the domains field unless each is claimed by the company. */
    @Nullable
    Set<String> checked(long partnerId, @Nullable List<String> chosen) {
        if (chosen == null) {
            return null;
        }
        Set<String> own = domains.findByPartnerIdOrderByDomain(partnerId).stream().map(SsoDomain::domain)
                .collect(Collectors.toSet());
        Set<String> normal = new HashSet<>();
        for (String raw : chosen) {
            String domain = SsoSetup.normalize(raw);
            if (domain == null || !own.contains(domain)) {
                throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.DOMAINS,
                        "sso.provider.domain-not-company");
            }
            normal.add(domain);
        }
        return normal;
    }

    /**
     * Gives the saved provider the chosen domains and takes the others it served from it; with no choice offered, a
     * company's first provider takes every domain that names none. A provider moved to another company keeps none
     * of its old company's domains. Each domain that changes hands gets a line in the trail.
     */
    void afterSave(CurrentUser actor, @Nullable SsoProvider before, SsoProvider saved, boolean firstOfCompany,
                   @Nullable Set<String> chosen) {
        if (before != null && before.partnerId() != saved.partnerId()) {
            domains.unrouteOtherCompanies(saved.id(), saved.partnerId());
        }
        for (SsoDomain domain : domains.findByPartnerIdOrderByDomain(saved.partnerId())) {
            boolean serves = saved.id().equals(domain.providerId());
            boolean wanted = chosen == null ? serves || firstOfCompany && domain.providerId() == null
                    : chosen.contains(domain.domain());
            if (wanted != serves) {
                domains.route(domain.domain(), wanted ? saved.id() : null);
                audit.domainRouted(actor, saved.partnerId(), domain.domain(), wanted ? saved.issuer() : null);
            }
        }
    }

    /** The provider a newly claimed domain of the company signs in through: its only provider, if it has one. */
    @Nullable
    SsoProvider forNewDomain(long partnerId) {
        List<SsoProvider> own = providers.findByPartnerIdOrderById(partnerId);
        return own.size() == 1 ? own.get(0) : null;
    }

    /**
     * The company's domains as a provider form offers them: ticked as posted (a form drawn again), else those the
     * provider serves, else (a new provider) those that name no provider yet.
     */
    List<DomainChoice> choices(long partnerId, @Nullable Long providerId, @Nullable List<String> posted) {
        Map<Long, String> issuers = providers.findByPartnerIdOrderById(partnerId).stream()
                .collect(Collectors.toMap(SsoProvider::id, SsoProvider::issuer));
        Set<String> ticked = posted == null ? null : posted.stream().map(SsoSetup::normalize)
                .filter(d -> d != null).collect(Collectors.toSet());
        return domains.findByPartnerIdOrderByDomain(partnerId).stream().map(d -> {
            boolean serves = providerId == null ? d.providerId() == null : providerId.equals(d.providerId());
            String other = d.providerId() == null || d.providerId().equals(providerId) ? null
                    : issuers.get(d.providerId());
            return new DomainChoice(d.domain(), ticked == null ? serves : ticked.contains(d.domain()), other);
        }).toList();
    }

    /** Each provider's domains, for the lists of providers. */
    Map<Long, List<String>> domainsByProvider(List<SsoDomain> all) {
        return all.stream().filter(d -> d.providerId() != null).collect(Collectors.groupingBy(SsoDomain::providerId,
                Collectors.mapping(SsoDomain::domain, Collectors.toList())));
    }
}
