package io.partneracademy.tiers;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A partner's tier assessments over time, and the one in force on a given day; scoped in the service. */
@Singleton
public class TierHistory {

    private final Partners partners;
    private final TierRepository tiers;
    private final MessageSource messages;

    TierHistory(Partners partners, TierRepository tiers, MessageSource messages) {
        this.partners = partners;
        this.messages = messages;
        this.tiers = tiers;
    }

    /**
     * One period during which the assessment did not change. Why it began is stored as text ("at risk:
     * certification.expired"); {@code change} and {@code trigger} are that text as message keys, and {@code cause}
     * the text itself for a trigger without words of its own.
     *
     * @param from    when the period began (pages write it in the reader's zone and language, the API as ISO 8601)
     * @param explanation why, in English as stored (the API), or in the page reader's language
     * @param change  the tier change the assessment made (a {@code TierChange.Kind} name), if any
     * @param trigger what led to it, as a key under {@code tiers.cause.}, if it is one we know
     * @param missing what the next tier up still needed at the assessment, as data (from the thresholds it kept);
     *                null for an assessment stored before it kept them (V135)
     */
    public record Period(Instant from, @Nullable Instant to, Tier current, Tier eligible, int certified,
                         String explanation, String cause, @Nullable String change, @Nullable String trigger,
                         @Nullable List<TierGap> missing) implements Explained {
    }

    /** The triggers with words of their own: the outbox events tiers follow and the reassessments people start. */
    static final Set<String> TRIGGERS = Set.of("first-view", "metrics-recorded", "metrics-imported",
            "tier-policy-changed", "certification.issued", "certification.superseded", "certification.expired",
            "certification.revoked", "employment.changed");

    /** The latest 50 periods, newest first. */
    public List<Period> recent(CurrentUser viewer, long partnerId) {
        partners.getManaged(viewer, partnerId);
        return tiers.findHistory(partnerId).stream().map(a -> period(a, a.explanation())).toList();
    }

    /** The assessment in force at the end of a day (UTC), if the partner had been assessed by then. */
    public Optional<Period> asOf(CurrentUser viewer, long partnerId, LocalDate day) {
        return asOf(viewer, partnerId, day, null);
    }

    /** {@link #asOf(CurrentUser, long, LocalDate)} with the explanation in the reader's language. */
    public Optional<Period> asOf(CurrentUser viewer, long partnerId, LocalDate day, @Nullable Locale reader) {
        partners.getManaged(viewer, partnerId);
        return tiers.findAsOf(partnerId, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000))
                .map(a -> period(a, Eligibility.explanation(a, reader, messages)));
    }

    private static Period period(AssessmentRow a, String explanation) {
        String rest = a.cause();
        String change = null;
        for (TierChange.Kind kind : TierChange.Kind.values()) {
            // Assessments.plan writes "<kind in lower case, spaces for underscores>: <trigger>".
            String prefix = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": ";
            if (kind != TierChange.Kind.NONE && rest.startsWith(prefix)) {
                change = kind.name();
                rest = rest.substring(prefix.length());
            }
        }
        String key = rest.strip().replace(' ', '-');
        return new Period(a.validFrom(), a.validTo(),
                a.currentTier(), a.eligibleTier(), a.certified(), explanation, rest,
                change, TRIGGERS.contains(key) ? key : null, Eligibility.gaps(a).orElse(null));
    }
}
