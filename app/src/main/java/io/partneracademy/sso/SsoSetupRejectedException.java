package io.partneracademy.sso;

import io.partneracademy.web.InvalidPartsException;

/** A provider or domain an admin sets up breaks a rule; says which part of the setup is wrong. */
public class SsoSetupRejectedException extends InvalidPartsException {

    /** The part of the setup the rule is about. */
    public enum Part { ISSUER, CLIENT_ID, CLIENT_SECRET, PARTNER, DOMAIN, DOMAINS }

    SsoSetupRejectedException(Part part, String messageKey) {
        super(part, messageKey);
    }
}
