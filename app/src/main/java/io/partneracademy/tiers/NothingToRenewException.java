package io.partneracademy.tiers;

import io.partneracademy.web.ConflictException;

/** A renewal campaign was asked for, but the partner's forecast no longer shows a drop that renewals prevent. */
class NothingToRenewException extends ConflictException {

    NothingToRenewException() {
        super("campaign.nothing-to-renew");
    }
}
