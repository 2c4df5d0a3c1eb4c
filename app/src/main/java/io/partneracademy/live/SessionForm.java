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
 * ({@code 2026-12-10T10:00}); {@code repeatWeeks} above 1 makes a weekly series at the same local time.
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
                   @Nullable @Min(1) @Max(52) Integer repeatWeeks) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static SessionForm empty() {
        return new SessionForm("", "", null, null, "", "", "Europe/Berlin", 50, null, List.of(), "", "", "", "", "",
                1);
    }

    static SessionForm of(LiveSession s, List<String> instructorEmails) {
        LiveAudience audience = s.audience();
        return new SessionForm(s.title(), s.description(), s.courseId(), s.pathId(),
                LOCAL.format(s.startsAt().atZone(s.zone())), LOCAL.format(s.endsAt().atZone(s.zone())), s.timeZone(),
                s.capacity(), audience.catalog().minTier() == null ? null : audience.catalog().minTier().name(),
                List.copyOf(audience.catalog().partnerTypes()),
                String.join(", ", audience.regions()), String.join(", ", instructorEmails), s.joinUrl(),
                s.recordingUrl(), s.materials(), 1);
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

    int weeks() {
        return repeatWeeks == null ? 1 : repeatWeeks;
    }
}
