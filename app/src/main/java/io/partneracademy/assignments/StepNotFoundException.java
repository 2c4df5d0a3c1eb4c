package io.partneracademy.assignments;

import io.partneracademy.web.NotFoundException;

/** No step with this id in the plan being edited (removed meanwhile, or another plan's). */
class StepNotFoundException extends NotFoundException {

    StepNotFoundException() {
        super("onboarding.step-not-found");
    }
}
