package io.partneracademy.live;

/** A person's place for a session: a seat, a place in line, or given up. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED
}
