package io.partneracademy.sso;

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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What admins set up for single sign-on: each company's identity provider and the email domains it owns. */
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
    private final Clock clock;

    SsoSetup(SsoProviderRepository providers, SsoDomainRepository domains, Partners partners, ClientSecrets secrets,
             Discovery discovery, SsoIdentityRepository identities, SsoAudit audit, Clock clock) {
        this.providers = providers;
        this.domains = domains;
        this.partners = partners;
        this.secrets = secrets;
        this.discovery = discovery;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
    }

    /** A provider as the admin page lists it (never with its secret). */
    record ProviderRow(long id, long partnerId, String partnerName, String issuer, String clientId, boolean enabled) {
    }

    /** A claimed domain as the admin page lists it. */
    record DomainRow(String domain, long partnerId, String partnerName) {
    }

    List<ProviderRow> providers() {
        Map<Long, String> names = partnerNames();
        return providers.findAllOrderById().stream().map(p -> new ProviderRow(p.id(), p.partnerId(),
                names.getOrDefault(p.partnerId(), "?"), p.issuer(), p.clientId(), p.enabled())).toList();
    }

    List<DomainRow> domains() {
        Map<Long, String> names = partnerNames();
        return domains.findAllOrderByDomain().stream().map(d -> new DomainRow(d.domain(), d.partnerId(),
                names.getOrDefault(d.partnerId(), "?"))).toList();
    }

    SsoProvider provider(long id) {
        return providers.findById(id).orElseThrow(() -> new SsoProviderNotFoundException(id));
    }

    /**
     * Adds or changes a provider after reading its discovery document, so a typo in the issuer is found now and not
     * by the first person who tries to sign in. A blank secret keeps the stored one. Every check runs before the
     * first write; the trail ({@link SsoAudit}) is written in the same transaction. A new issuer drops the accounts
     * linked at the old one: a {@code sub} is unique only within its issuer (OpenID Connect Core 1.0, section 2),
     * so the new provider's subjects must not sign in to the old one's people; they link again by verified email.
     */
    @Transactional
    SsoProvider save(Long id, ProviderForm form, CurrentUser actor) {
        Partner partner = partners.get(form.partnerId());
        String issuer = form.issuer().strip();
        String problem = discovery.problemWith(issuer);
        if (problem != null) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.ISSUER, problem);
        }
        SsoProvider existing = id == null ? null : provider(id);
        boolean secretGiven = form.clientSecret() != null && !form.clientSecret().isBlank();
        if (existing == null && !secretGiven) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.CLIENT_SECRET, "sso.client-secret.required");
        }
        providers.findByPartnerId(partner.id()).filter(p -> existing == null || !p.id().equals(existing.id()))
                .ifPresent(p -> {
                    throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.PARTNER, "sso.provider.partner-taken");
                });
        discovery.forget(issuer);
        try {
            discovery.of(issuer);
        } catch (Discovery.DiscoveryFailedException e) {
            throw new SsoSetupRejectedException(SsoSetupRejectedException.Part.ISSUER,
                    e.internal() ? "sso.issuer.internal" : "sso.issuer.unreachable");
        }
        Instant now = clock.instant();
        String secret = secretGiven ? secrets.encrypt(form.clientSecret().strip()) : existing.clientSecret();
        SsoProvider saved;
        if (existing == null) {
            saved = insert(new SsoProvider(null, partner.id(), issuer, form.clientId().strip(), secret,
                    form.isEnabled(), form.isTrustEmail(), now, now));
        } else {
            saved = providers.update(new SsoProvider(existing.id(), partner.id(), issuer, form.clientId().strip(),
                    secret, form.isEnabled(), form.isTrustEmail(), existing.createdAt(), now));
            if (!existing.issuer().equals(issuer)) {
                identities.deleteByProviderId(existing.id());
            }
        }
        audit.providerSaved(actor, existing, saved, secretGiven);
        return saved;
    }

    /**
     * Inserts a company's first provider. Two first saves at the same moment both find no provider and both insert;
     * the company's unique key stops the second, whose save is then refused like any save for a company that has a
     * provider (its transaction rolls back whole, so none of its audit lines are written).
     */
    private SsoProvider insert(SsoProvider provider) {
        try {
            return providers.save(provider);
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
        domains.save(new SsoDomain(domain, partner.id(), admin.id(), clock.instant()));
        audit.domain(admin, partner.id(), domain, true);
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

    /** The provider of the company that claimed the email's domain, when it has an enabled one. */
    Optional<SsoProvider> providerForEmail(String email) {
        String value = email == null ? "" : email.strip();
        int at = value.lastIndexOf('@');
        String domain = at < 0 ? null : normalize(value.substring(at + 1));
        if (domain == null) {
            return Optional.empty();
        }
        return domains.findById(domain).flatMap(d -> providers.findByPartnerId(d.partnerId()))
                .filter(SsoProvider::enabled);
    }

}
