package io.partneracademy.api;

import java.util.Locale;

/** What an API token's scopes are about: each resource can be granted for reading, writing or both. */
public enum ApiResource {
    PEOPLE,
    PARTNERS,
    ENROLMENTS,
    CERTIFICATIONS,
    TIERS,
    ATTEMPTS,
    LIBRARY,
    LIVE,
    WEBHOOKS;

    /** The scope that lets a token read this resource, e.g. {@code certifications:read}. */
    public String read() {
        return name().toLowerCase(Locale.ROOT) + ":read";
    }

    /** The scope that lets a token change this resource, e.g. {@code people:write}. */
    public String write() {
        return name().toLowerCase(Locale.ROOT) + ":write";
    }

    /** Whether writing this resource through the API is possible at all (library, live and tiers are read-only). */
    public boolean writable() {
        return this == PEOPLE || this == PARTNERS || this == ENROLMENTS || this == WEBHOOKS;
    }
}
