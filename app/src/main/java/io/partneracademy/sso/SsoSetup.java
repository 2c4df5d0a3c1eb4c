package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.net.IDN;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What admins set up for single sign-on: each company's identity providers and the email domains it owns. */
@Singleton
class SsoSetup {

    /** A DNS name of at least two labels (after IDN to ASCII), as in an email address after the {@code @}. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final SsoProviderRepository providers;
    private final SsoDomainRepository domains;
    private final Partners partners;
    private final ClientSecrets secrets;
    private final Discovery discovery;
    private final SsoIdentityRepository identities;
    private final SsoAudit audit;
    private final SsoRouting routing;
    private final Clock clock;

    SsoSetup(SsoProviderRepository providers, SsoDomainRepository domains, Partners partners, ClientSecrets secrets,
             Discovery discovery, SsoIdentityRepository identities, SsoAudit audit, SsoRouting routing, Clock clock) {
        this.providers = providers;
        this.domains = domains;
        this.partners = partners;
        this.secrets = secrets;
        this.discovery = discovery;
        this.identities = identities;
        this.audit = audit;
        this.routing = routing;
        this.clock = clock;
    }

    /** A provider as the pages list it (never with its secret), with the domains that sign in through it. */
    record ProviderRow(long id, long partnerId, String partnerName, String issuer, String clientId, boolean enabled,
                       List<String> domains) {
    }

    /** A claimed domain as the admin page lists it, with the issuer of the provider it signs in through (or null). */
    record DomainRow(String domain, long partnerId, String partnerName, @Nullable String issuer) {
    }

    List<ProviderRow> providers() {
        return rows(providers.findAllOrderById(), domains.findAllOrderByDomain());
    }

    /** One company's providers, oldest first. */
    List<ProviderRow> providersOf(long partnerId) {
        return rows(providers.findByPartnerIdOrderById(partnerId), domains.findByPartnerIdOrderByDomain(partnerId));
    }

    private List<ProviderRow> rows(List<SsoProvider> list, List<SsoDomain> claimed) {
        Map<Long, String> names = partnerNames();
        Map<Long, List<String>> served = routing.domainsByProvider(claimed);
        return list.stream().map(p -> new ProviderRow(p.id(), p.partnerId(), names.getOrDefault(p.partnerId(), "?"),
                p.issuer(), p.clientId(), p.enabled(), served.getOrDefault(p.id(), List.of()))).toList();
    }

    List<DomainRow> domains() {
        Map<Long, String> names = partnerNames();
        Map<Long, String> issuers = providers.findAllOrderById().stream()
                .collect(Collectors.toMap(SsoProvider::id, SsoProvider::issuer));
        return domains.findAllOrderByDomain().stream().map(d -> new DomainRow(d.domain(), d.partnerId(),
                names.getOrDefault(d.partnerId(), "?"), d.providerId() == null ? null : issuers.get(d.providerId())))
                .toList();
    }

    SsoProvider provider(long id) {
        return providers.findById(id).orElseThrow(() -> new SsoProviderNotFoundException(id));
    }

    /** The company's domains as the provider form offers them (see {@link SsoRouting#choices}). */
    List<SsoRouting.DomainChoice> domainChoices(long partnerId, @Nullable Long providerId,
                                                @Nullable List<String> posted) {
        return routing.choices(partnerId, providerId, posted);
    }

    /**
     * Adds or changes a provider after reading its discovery document, so a typo in the issuer is found now and not
     * by the first person who tries to sign in. A company may have several providers, told apart by issuer and client
     * id. A blank secret keeps the stored one. Every check runs before the first write; the domains it serves
     * ({@link SsoRouting}) and the trail ({@link SsoAudit}) are written in the same transaction. A new issuer drops
     * the accounts linked at the old one: a {@code sub} is unique only within its issuer (OpenID Connect Core 1.0,
     * section 2), so the new provider's subjects must not sign in to the old one's people; they link again by
     * verified email.
     */
    @Transactional
    SsoProvider save(Long id, ProviderForm form, CurrentUser actor) {
        Partner partner = partners.get(form.partnerId());
        String issuer = form.issuer().strip();
        String clientId = form.clientId().strip();
        String problem = discovery.problemWith(issuer);
        if (problem != null) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.ISSUER, problem);
        }
        SsoProvider existing = id == null ? null : provider(id);
        boolean secretGiven = form.clientSecret() != null && !form.clientSecret().isBlank();
        if (existing == null && !secretGiven) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.CLIENT_SECRET, "sso.client-secret.required");
        }
        List<SsoProvider> others = providers.findByPartnerIdOrderById(partner.id()).stream()
                .filter(p -> existing == null || !p.id().equals(existing.id())).toList();
        if (others.stream().anyMatch(p -> p.issuer().equalsIgnoreCase(issuer) && p.clientId().equalsIgnoreCase(clientId))) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.CLIENT_ID, "sso.provider.same-client");
        }
        Set<String> chosen = routing.checked(partner.id(), form.chosenDomains());
        discovery.forget(issuer);
        try {
            discovery.of(issuer);
        } catch (Discovery.DiscoveryFailedException e) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.ISSUER,
                    e.internal() ? "sso.issuer.internal" : "sso.issuer.unreachable");
        }
        Instant now = clock.instant();
        String secret = secretGiven ? secrets.encrypt(form.clientSecret().strip()) : existing.clientSecret();
        SsoProvider saved = write(existing == null
                ? new SsoProvider(null, partner.id(), issuer, clientId, secret, form.isEnabled(), form.isTrustEmail(),
                now, now)
                : new SsoProvider(existing.id(), partner.id(), issuer, clientId, secret, form.isEnabled(),
                form.isTrustEmail(), existing.createdAt(), now));
        if (existing != null && !existing.issuer().equals(issuer)) {
            identities.deleteByProviderId(existing.id());
        }
        audit.providerSaved(actor, existing, saved, secretGiven);
        routing.afterSave(actor, existing, saved, existing == null && others.isEmpty(), chosen);
        return saved;
    }

    /**
     * Inserts or updates a provider. Two saves of one company's provider with the same issuer and client id at the
     * same moment both pass the check above; the unique key stops the second, whose save is then refused like any
     * save of a provider the company already has (its transaction rolls back whole, so none of its lines are
     * written).
     */
    private SsoProvider write(SsoProvider provider) {
        try {
            return provider.id() == null ? providers.save(provider) : providers.update(provider);
        } catch (DataAccessException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.PARTNER, "sso.provider.saved-meanwhile");
        }
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && "23000".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Claims a domain for a company; a domain belongs to one company only. */
    @Transactional
    String claim(DomainForm form, CurrentUser admin) {
        Partner partner = partners.get(form.partnerId());
        String domain = normalize(form.domain());
        if (domain == null) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.DOMAIN, "sso.domain.invalid");
        }
        if (domains.existsById(domain)) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.DOMAIN, "sso.domain.taken");
        }
        SsoProvider only = routing.forNewDomain(partner.id());
        domains.save(new SsoDomain(domain, partner.id(), admin.id(), clock.instant(), only == null ? null : only.id()));
        audit.domain(admin, partner.id(), domain, true);
        if (only != null) {
            audit.domainRouted(admin, partner.id(), domain, only.issuer());
        }
        return domain;
    }

    /** Gives up a claim; people already linked keep their accounts, new sign-ins from the domain are refused. */
    @Transactional
    void release(String domain, CurrentUser admin) {
        domains.findById(domain).ifPresent(claimed -> {
            domains.deleteById(domain);
            audit.domain(admin, claimed.partnerId(), domain, false);
        });
    }

    /** The domain in lower-case ASCII (IDN converted), or null when it is not a domain name. */
    static String normalize(String raw) {
        String value = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("@")) {
            value = value.substring(1);
        }
        try {
            value = IDN.toASCII(value, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return DOMAIN.matcher(value).matches() ? value : null;
    }

    List<Partner> partners() {
        return partners.list();
    }

    /** Every company's latest changes to single sign-on, newest first. */
    List<SsoAudit.Line> changes() {
        return audit.latest(partnerNames());
    }

    private Map<Long, String> partnerNames() {
        return partners.list().stream().collect(Collectors.toMap(Partner::id, Partner::name, (a, b) -> a));
    }

    /** The provider the email's domain signs in through, when it names an enabled one (see {@link SsoRouting}). */
    Optional<SsoProvider> providerForEmail(String email) {
        return routing.providerForEmail(email);
    }
}
