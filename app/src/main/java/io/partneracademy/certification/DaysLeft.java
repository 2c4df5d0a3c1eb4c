package io.partneracademy.certification;

import java.time.Duration;
import java.time.Instant;

/**
 * Whole days left until a certification expires, counted one way for the expiry reminders, the team page and the
 * expiring lists: whole 24-hour days, rounded down (23 hours left is 0 days, 30 days and an hour is 30).
 */
public final class DaysLeft {

    private DaysLeft() {
    }

    /** The whole days from {@code now} until {@code expiresAt}; negative once it has expired. */
    public static long until(Instant expiresAt, Instant now) {
        return Duration.between(now, expiresAt).toDays();
    }
}
