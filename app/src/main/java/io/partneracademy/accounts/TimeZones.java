package io.partneracademy.accounts;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The time zones a person may pick: the IANA region ids ({@code Europe/Berlin}, {@code Asia/Tokyo}) this JVM knows,
 * plus {@code UTC}; legacy aliases ({@code SystemV/…}, {@code Etc/GMT+5}, three-letter ids) are left out because
 * nobody recognises their own city in them.
 */
final class TimeZones {

    private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe"
                    + "|Indian|Pacific)/[A-Za-z_\\-/]+"))
            .sorted().toList();

    private TimeZones() {
    }

    static List<String> ids() {
        return IDS;
    }

    /** The zone with exactly this id, if it is one of {@link #ids()}. */
    static Optional<ZoneId> find(String id) {
        return id == null || !IDS.contains(id.strip()) ? Optional.empty() : Optional.of(ZoneId.of(id.strip()));
    }
}
