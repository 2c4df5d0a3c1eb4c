package io.partneracademy.assignments;

import io.micronaut.runtime.event.annotation.EventListener;
import io.partneracademy.outbox.Outbox;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;

/**
 * Hears, in the transaction that records it, that someone joined a partner (partners writes an
 * {@link People#EMPLOYMENT_CHANGED} event with a {@code toPartnerId}) and applies that partner's onboarding plan, so
 * the new hire's home page shows the plan at once and a failed join leaves no assignments behind.
 */
@Singleton
class OnboardingJoins {

    private final OnboardingPlans plans;

    OnboardingJoins(OnboardingPlans plans) {
        this.plans = plans;
    }

    @EventListener
    void onWritten(Outbox.Written written) {
        if (!People.EMPLOYMENT_CHANGED.equals(written.type())
                || !(written.payload().get("toPartnerId") instanceof Number to)
                || !(written.payload().get("userId") instanceof Number user)) {
            return;
        }
        plans.joined(user.longValue(), to.longValue());
    }
}
