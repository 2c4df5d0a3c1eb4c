package io.partneracademy.assignments;

import io.partneracademy.web.NotFoundException;

/** No rule with this id that the viewer may see (another company's rule is not theirs to know about). */
class RuleNotFoundException extends NotFoundException {

    RuleNotFoundException() {
        super("rule.not-found");
    }
}
