package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the enablement team fills in for a session. Start and end are wall-clock times in the chosen zone
 * ({@code 2026-12-10T10:00}); {@code repeat} and {@code occurrences} make a weekly or monthly series at the same local
 * time; {@code scope} says whether a change applies to the following sessions of the series too.
 */
@Serdeable
public record SessionForm(@NotBlank @Size(max = 200) String title,
                   @NotBlank @Size(max = 4000) String description,
                   @Nullable String courseId,
                   @Nullable String pathId,
                   @NotBlank String startsAt,
                   @NotBlank String endsAt,
                   @NotBlank @Size(max = 64) String timeZone,
                   @NotNull @Min(1) @Max(10000) Integer capacity,
                   @Nullable String minTier,
                   @Nullable List<PartnerType> partnerTypes,
                   @Nullable @Size(max = 200) String regions,
                   @Nullable @Size(max = 1000) String instructors,
                   @NotBlank @Size(max = 500) String joinUrl,
                   @Nullable @Size(max = 500) String recordingUrl,
                   @Nullable @Size(max = 2000) String materials,
                   @Nullable @Min(1) @Max(52) Integer occurrences,
                   @Nullable String repeat,
                   @Nullable String scope) {

    /** Changes to a session of a series apply to it alone, or to it and every later session of the series. */
    static final String SCOPE_FOLLOWING = "FOLLOWING";

    /** A one-off session, or a weekly series of {@code weeks} sessions. */
    public SessionForm(String title, String description, @Nullable String courseId, @Nullable String pathId,
                       String startsAt, String endsAt, String timeZone, Integer capacity, @Nullable String minTier,
                       @Nullable List<PartnerType> partnerTypes, @Nullable String regions,
                       @Nullable String instructors, String joinUrl, @Nullable String recordingUrl,
                       @Nullable String materials, @Nullable Integer weeks) {
        this(title, description, courseId, pathId, startsAt, endsAt, timeZone, capacity, minTier, partnerTypes,
                regions, instructors, joinUrl, recordingUrl, materials, weeks,
                weeks == null || weeks <= 1 ? null : Recurrence.WEEKLY.name(), null);
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static SessionForm empty() {
        return new SessionForm("", "", null, null, "", "", "Europe/Berlin", 50, null, List.of(), "", "", "", "", "",
                1, Recurrence.NONE.name(), null);
    }

    static SessionForm of(LiveSession s, List<String> instructorEmails) {
        LiveAudience audience = s.audience();
        return new SessionForm(s.title(), s.description(), s.courseId(), s.pathId(),
                LOCAL.format(s.startsAt().atZone(s.zone())), LOCAL.format(s.endsAt().atZone(s.zone())), s.timeZone(),
                s.capacity(), audience.catalog().minTier() == null ? null : audience.catalog().minTier().name(),
                List.copyOf(audience.catalog().partnerTypes()),
                String.join(", ", audience.regions()), String.join(", ", instructorEmails), s.joinUrl(),
                s.recordingUrl(), s.materials(), 1, null, null);
    }

    /** The same form with a repeat rule chosen (the series' current one, on the edit page); null for none. */
    SessionForm withRepeat(@Nullable Recurrence rule) {
        return new SessionForm(title, description, courseId, pathId, startsAt, endsAt, timeZone, capacity, minTier,
                partnerTypes, regions, instructors, joinUrl, recordingUrl, materials, occurrences,
                rule == null ? null : rule.name(), scope);
    }

    /** The same form with other local start and end times (one occurrence of a series). */
    SessionForm at(String start, String end) {
        return new SessionForm(title, description, courseId, pathId, start, end, timeZone, capacity, minTier,
                partnerTypes, regions, instructors, joinUrl, recordingUrl, materials, 1, null, null);
    }

    LiveAudience audience() {
        return new LiveAudience(new io.partneracademy.catalog.Audience(tier(),
                partnerTypes == null ? java.util.Set.of() : java.util.Set.copyOf(partnerTypes)),
                LiveAudience.regionSet(regions));
    }

    List<String> instructorEmails() {
        return instructors == null ? List.of() : java.util.Arrays.stream(instructors.split("[,;\\s]+"))
                .map(String::strip).filter(e -> !e.isEmpty()).distinct().collect(Collectors.toList());
    }

    /** The minimum tier chosen, or null for any; a name that is no tier is reported by {@link SessionRules}. */
    @Nullable
    Tier tier() {
        if (minTier == null || minTier.isBlank()) {
            return null;
        }
        try {
            return Tier.valueOf(minTier.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** How many sessions to create: 1 unless the form repeats. */
    int count() {
        return occurrences == null || recurrence() == null || recurrence() == Recurrence.NONE ? 1 : occurrences;
    }

    /** The repeat rule chosen (none for a blank choice), or null for a name that is no rule. */
    @Nullable
    Recurrence recurrence() {
        if (repeat == null || repeat.isBlank()) {
            return Recurrence.NONE;
        }
        try {
            return Recurrence.valueOf(repeat.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean following() {
        return SCOPE_FOLLOWING.equals(scope);
    }
}
