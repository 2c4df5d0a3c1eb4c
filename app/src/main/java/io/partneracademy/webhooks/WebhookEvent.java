package io.partneracademy.webhooks;

import io.partneracademy.outbox.Outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The events a subscription can ask for, and how an outbox event becomes one. */
public enum WebhookEvent {
    CERTIFICATION_ISSUED("certification.issued"),
    CERTIFICATION_RENEWED("certification.renewed"),
    CERTIFICATION_EXPIRED("certification.expired"),
    CERTIFICATION_REVOKED("certification.revoked"),
    TIER_CHANGED("tier.changed"),
    TIER_AT_RISK("tier.at_risk"),
    ATTEMPT_GRADED("attempt.graded"),
    PERSON_JOINED("person.joined"),
    PERSON_LEFT("person.left"),
    PERSON_MOVED("person.moved"),
    SESSION_ATTENDED("session.attended"),
    SESSION_MISSED("session.missed");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The name in subscriptions and in the payload's {@code type}. */
    public String wireName() {
        return wireName;
    }

    /** Every event name, in the order above. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(WebhookEvent::wireName).toList();
    }

    /** The public event an outbox event stands for, if any (a superseded certification is told as renewed). */
    static Optional<WebhookEvent> of(Outbox.Written written) {
        Map<String, ?> p = written.payload();
        return Optional.ofNullable(switch (written.type()) {
            case "certification.issued" -> p.get("supersedesId") == null ? CERTIFICATION_ISSUED : CERTIFICATION_RENEWED;
            case "certification.expired" -> CERTIFICATION_EXPIRED;
            case "certification.revoked" -> CERTIFICATION_REVOKED;
            case "tier.changed" -> TIER_CHANGED;
            case "tier.at_risk" -> TIER_AT_RISK;
            case "attempt.graded" -> ATTEMPT_GRADED;
            case "live.attendance" -> Boolean.TRUE.equals(p.get("attended")) ? SESSION_ATTENDED : SESSION_MISSED;
            case "employment.changed" -> p.get("fromPartnerId") == null ? PERSON_JOINED
                    : p.get("toPartnerId") == null ? PERSON_LEFT : PERSON_MOVED;
            default -> null;
        });
    }

    /** The partners an event is about: named in it, or the employer of the person it names (looked up). */
    static List<Long> partnerIds(Map<String, ?> payload, java.util.function.LongFunction<List<Long>> employerOf) {
        List<Long> ids = new ArrayList<>();
        for (String key : List.of("partnerId", "fromPartnerId", "toPartnerId")) {
            if (payload.get(key) instanceof Number n) {
                ids.add(n.longValue());
            }
        }
        if (ids.isEmpty() && payload.get("userId") instanceof Number user) {
            ids.addAll(employerOf.apply(user.longValue()));
        }
        return ids;
    }
}
