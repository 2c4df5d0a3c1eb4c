package io.partneracademy.live;

/** Whether a session takes place; a cancelled one stays listed for the people who were registered. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
