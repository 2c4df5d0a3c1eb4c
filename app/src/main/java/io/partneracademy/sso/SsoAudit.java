package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.UserSummary;
import jakarta.transaction.Transactional;
import io.partneracademy.sso.SsoSettingChange.Kind;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trail of who changed a company's single sign-on settings and when. Written by {@link SsoSetup} in the
 * transaction of the change, so a refused change leaves no line and a saved one always has its lines.
 */
@Singleton
class SsoAudit {

    /** How many lines a page shows: the company's own, or every company's on the admin page. */
    static final int SHOWN = 50;

    private final SsoSettingChangeRepository changes;
    private final Clock clock;

    SsoAudit(SsoSettingChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** A line as the pages show it. */
    record Line(long id, Instant changedAt, String actorName, String actorEmail, String partnerName, String messageKey,
                @Nullable String detail) {
    }

    /** Records what saving a provider changed: everything for a new one, else each setting that differs. */
    void providerSaved(CurrentUser actor, @Nullable SsoProvider before, SsoProvider after, boolean secretReplaced) {
        List<Kind> kinds = new ArrayList<>();
        List<String> details = new ArrayList<>();
        if (before == null) {
            add(kinds, details, Kind.PROVIDER_ADDED, after.issuer());
            add(kinds, details, Kind.CLIENT_ID_CHANGED, after.clientId());
        } else {
            if (!before.issuer().equals(after.issuer())) {
                add(kinds, details, Kind.ISSUER_CHANGED, after.issuer());
            }
            if (!before.clientId().equals(after.clientId())) {
                add(kinds, details, Kind.CLIENT_ID_CHANGED, after.clientId());
            }
            if (secretReplaced) {
                add(kinds, details, Kind.CLIENT_SECRET_REPLACED, null);
            }
        }
        if (before == null || before.enabled() != after.enabled()) {
            add(kinds, details, after.enabled() ? Kind.SIGN_IN_ON : Kind.SIGN_IN_OFF, null);
        }
        if (before == null ? after.trustEmail() : before.trustEmail() != after.trustEmail()) {
            add(kinds, details, after.trustEmail() ? Kind.EMAIL_TRUST_ON : Kind.EMAIL_TRUST_OFF, null);
        }
        Instant now = clock.instant();
        for (int i = 0; i < kinds.size(); i++) {
            record(actor, after.partnerId(), kinds.get(i), details.get(i), now);
        }
    }

    /** Records a domain claimed for or released from a company. */
    void domain(CurrentUser actor, long partnerId, String domain, boolean claimed) {
        record(actor, partnerId, claimed ? Kind.DOMAIN_CLAIMED : Kind.DOMAIN_RELEASED, domain, clock.instant());
    }

    /**
     * Records that a domain's people now sign in through the provider at {@code issuer}, or (null) through none of
     * the company's providers.
     */
    void domainRouted(CurrentUser actor, long partnerId, String domain, @Nullable String issuer) {
        String detail = issuer == null ? domain : domain + " → " + issuer;
        record(actor, partnerId, issuer == null ? Kind.DOMAIN_UNROUTED : Kind.DOMAIN_ROUTED,
                detail.length() <= 512 ? detail : detail.substring(0, 512), clock.instant());
    }

    /**
     * Records, in a transaction of its own (the sign-in's was rolled back), that the company's provider vouched for
     * someone who no longer works for the company; the line names the person, never where they work now.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void signInRefusedNotEmployed(long partnerId, UserSummary person) {
        changes.save(new SsoSettingChange(null, partnerId, person.id(), person.displayName(), person.email(),
                Kind.SIGN_IN_REFUSED_NOT_EMPLOYED, null, clock.instant()));
    }

    /** The company's latest changes, newest first. */
    List<Line> ofPartner(long partnerId, String partnerName) {
        return changes.findLatestOfPartner(partnerId, SHOWN).stream()
                .map(c -> line(c, partnerName)).toList();
    }

    /** Every company's latest changes, newest first. */
    List<Line> latest(Map<Long, String> partnerNames) {
        return changes.findLatest(SHOWN).stream()
                .map(c -> line(c, partnerNames.getOrDefault(c.partnerId(), "?"))).toList();
    }

    private void record(CurrentUser actor, long partnerId, Kind kind, @Nullable String detail, Instant at) {
        changes.save(new SsoSettingChange(null, partnerId, actor.id(), actor.displayName(), actor.email(), kind,
                detail, at));
    }

    private static void add(List<Kind> kinds, List<String> details, Kind kind, @Nullable String detail) {
        kinds.add(kind);
        details.add(detail);
    }

    static Line line(SsoSettingChange change, String partnerName) {
        return new Line(change.id(), change.changedAt(), change.actorName(), change.actorEmail(), partnerName,
                change.kind().messageKey(), change.detail());
    }
}
