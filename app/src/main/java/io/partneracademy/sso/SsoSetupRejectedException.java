package io.partneracademy.sso;

import io.partneracademy.web.InvalidInputException;

/** A provider or domain an admin sets up breaks a rule; says which part of the setup is wrong. */
public class SsoSetupRejectedException extends InvalidInputException {

    /** The part of the setup the rule is about. */
    public enum Part { ISSUER, CLIENT_SECRET, PARTNER, DOMAIN }

    private final Part part;

    SsoSetupRejectedException(Part part, String messageKey) {
        super(messageKey);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
