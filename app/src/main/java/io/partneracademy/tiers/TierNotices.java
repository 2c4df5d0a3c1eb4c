package io.partneracademy.tiers;

import io.partneracademy.notifications.Notifications;
import io.partneracademy.notifications.RecipientTexts;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;

import java.time.Instant;
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

    private final RecipientTexts texts;

    TierNotices(Notifications notifications, People people, Partners partners, RecipientTexts texts) {
        this.texts = texts;
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
                send(plan.partner(), plan.decision(), plan.said(), at, users);
            }
        }
    }

    /**
     * One notice per recipient, in their language (tier names as the interface writes them, dates in their zone),
     * the assessment's explanation included: written from what it says, not from the English text stored with it.
     */
    private void send(Partner partner, TierChange.Decision decision, Eligibility.Words said, Instant at,
                      Set<Long> recipients) {
        Tier before = partner.tier();
        String name = partner.name();
        String key;
        switch (decision.kind()) {
            case AT_RISK, RISK_CHANGED -> key = "tier:" + partner.id() + ":risk:"
                    + decision.grace().startedAt().toEpochMilli() + ":" + Eligibility.name(decision.grace().toTier());
            case RECOVERED -> key = "tier:" + partner.id() + ":recovered:" + at.toEpochMilli();
            case UPGRADED, DOWNGRADED -> key = "tier:" + partner.id() + ":" + before + "-" + decision.tier() + ":"
                    + at.toEpochMilli();
            default -> {
                return;
            }
        }
        for (Long user : recipients) {
            RecipientTexts.Text t = texts.of(user);
            String explanation = said.render(t::get, amount -> Eligibility.money(amount, t.locale()));
            String subject;
            String body;
            switch (decision.kind()) {
                case AT_RISK, RISK_CHANGED -> {
                    String on = t.formats().date(decision.grace().endsAt());
                    String to = t.get("tier." + decision.grace().toTier());
                    subject = t.get("tier.notice.risk.subject", name, to, on);
                    body = t.get("tier.notice.risk.body", name, t.get("tier." + before.name()), on, to, explanation);
                }
                case RECOVERED -> {
                    subject = t.get("tier.notice.recovered.subject", name, t.get("tier." + decision.tier().name()));
                    body = explanation;
                }
                default -> {
                    subject = t.get("tier.notice.moved.subject", name, t.get("tier." + before.name()),
                            t.get("tier." + decision.tier().name()));
                    body = explanation;
                }
            }
            notifications.send(user, KIND, subject, body, "/tiers/partners/" + partner.id(), key + ":" + user);
        }
    }
}
