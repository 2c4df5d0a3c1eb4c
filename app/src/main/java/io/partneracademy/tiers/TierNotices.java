package io.partneracademy.tiers;

import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tells a partner's admins and its partner managers when its tier changes or is at risk. */
@Singleton
class TierNotices {

    static final String KIND = "partner.tier";

    private final Notifications notifications;
    private final People people;
    private final Partners partners;

    TierNotices(Notifications notifications, People people, Partners partners) {
        this.notifications = notifications;
        this.people = people;
        this.partners = partners;
    }

    /** Notices for these assessments' changes, recipients read in two queries. */
    void send(List<Assessments.Plan> plans, Instant at) {
        if (plans.isEmpty()) {
            return;
        }
        List<Long> ids = plans.stream().map(p -> p.partner().id()).toList();
        Map<Long, List<Long>> admins = people.adminIds(ids);
        Map<Long, List<Long>> managers = partners.managerIds(ids);
        for (Assessments.Plan plan : plans) {
            Set<Long> users = new LinkedHashSet<>(admins.getOrDefault(plan.partner().id(), List.of()));
            users.addAll(managers.getOrDefault(plan.partner().id(), List.of()));
            if (!users.isEmpty()) {
                send(plan.partner(), plan.decision(), plan.fresh().explanation(), at, users);
            }
        }
    }

    private void send(Partner partner, TierChange.Decision decision, String explanation, Instant at,
                      Set<Long> recipients) {
        Tier before = partner.tier();
        String name = partner.name();
        String subject;
        String body;
        String key;
        switch (decision.kind()) {
            case AT_RISK, RISK_CHANGED -> {
                String on = day(decision.grace().endsAt());
                String to = Eligibility.name(decision.grace().toTier());
                subject = name + " is at risk of dropping to " + to + " on " + on;
                body = name + " no longer qualifies for " + Eligibility.name(before) + ". It keeps its tier until "
                        + on + " and then moves to " + to + " unless it qualifies again before that. " + explanation;
                key = "tier:" + partner.id() + ":risk:" + decision.grace().startedAt().toEpochMilli() + ":" + to;
            }
            case RECOVERED -> {
                subject = name + " is no longer at risk: it qualifies for " + Eligibility.name(decision.tier()) + " again";
                body = explanation;
                key = "tier:" + partner.id() + ":recovered:" + at.toEpochMilli();
            }
            case UPGRADED, DOWNGRADED -> {
                subject = name + " moved from " + Eligibility.name(before) + " to " + Eligibility.name(decision.tier());
                body = explanation;
                key = "tier:" + partner.id() + ":" + before + "-" + decision.tier() + ":" + at.toEpochMilli();
            }
            default -> {
                return;
            }
        }
        for (Long user : recipients) {
            notifications.send(user, KIND, subject, body, "/tiers/partners/" + partner.id(), key + ":" + user);
        }
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
