package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

/** An outbound call was not made: the host does not resolve, or it resolves to an internal address (SSRF). */
public class DestinationRefusedException extends RuntimeException {

    /** Why the destination was refused. */
    public enum Reason {
        /** The URL is not absolute http(s) without user info. */
        INVALID,
        /** The host name has no address. */
        UNRESOLVED,
        /** The host resolves to a private, loopback, link-local or otherwise internal address. */
        INTERNAL
    }

    private final Reason reason;
    private final String host;
    private final String address;

    public DestinationRefusedException(Reason reason, String host, @Nullable String address) {
        super(switch (reason) {
            case INVALID -> "not an absolute http(s) URL: " + host;
            case UNRESOLVED -> "host " + host + " does not resolve";
            case INTERNAL -> "host " + host + " resolves to the internal address " + address;
        });
        this.reason = reason;
        this.host = host;
        this.address = address;
    }

    public Reason reason() {
        return reason;
    }

    public String host() {
        return host;
    }

    @Nullable
    public String address() {
        return address;
    }
}
