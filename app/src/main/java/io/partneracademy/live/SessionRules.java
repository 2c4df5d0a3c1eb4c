package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.live.SessionRejectedException.Part;
import io.partneracademy.web.InvalidPartsException.Problem;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks a session form beyond Bean Validation and reads its times in its zone; each problem names its part. */
@Singleton
class SessionRules {

    /** How the form writes a local date and time. */
    static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm");

    private final Users users;
    private final PathRules paths;

    SessionRules(Users users, PathRules paths) {
        this.users = users;
        this.paths = paths;
    }

    /** The form's times and instructors, checked. */
    record Checked(ZoneId zone, LocalDateTime start, LocalDateTime end, List<Long> instructorIds) {

        ZonedDateTime start(int week) {
            return start.plusWeeks(week).atZone(zone);
        }

        ZonedDateTime end(int week) {
            return end.plusWeeks(week).atZone(zone);
        }

        /** Start and end of every occurrence of the rule, at the same local time and length in the zone. */
        List<Occurrence> occurrences(Recurrence rule, int count) {
            java.time.Duration length = java.time.Duration.between(start, end);
            return rule.starts(start, count).stream()
                    .map(s -> new Occurrence(s.atZone(zone), s.plus(length).atZone(zone))).toList();
        }
    }

    /** One session of a series. */
    record Occurrence(ZonedDateTime start, ZonedDateTime end) {
    }

    /** Throws {@link SessionRejectedException} listing every problem. */
    Checked check(SessionForm form, Set<String> courseIds) {
        List<Problem> errors = new ArrayList<>();
        ZoneId zone = zone(form.timeZone(), errors);
        LocalDateTime start = time(Part.START, form.startsAt(), errors);
        LocalDateTime end = time(Part.END, form.endsAt(), errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new Problem(Part.END, "live.form.end-before-start"));
        }
        if (blankToNull(form.courseId()) != null && !courseIds.contains(form.courseId())) {
            errors.add(new Problem(Part.COURSE, "live.form.unknown-course"));
        }
        if (blankToNull(form.pathId()) != null && !paths.ids().contains(form.pathId())) {
            errors.add(new Problem(Part.PATH, "live.form.unknown-path"));
        }
        if (blankToNull(form.minTier()) != null && form.tier() == null) {
            errors.add(new Problem(Part.MIN_TIER, "live.form.unknown-tier"));
        }
        if (form.recurrence() == null) {
            errors.add(new Problem(Part.REPEAT, "live.form.unknown-repeat"));
        }
        checkUrl(Part.JOIN_URL, form.joinUrl(), errors);
        checkUrl(Part.RECORDING_URL, form.recordingUrl(), errors);
        List<Long> instructorIds = new ArrayList<>();
        for (String email : form.instructorEmails()) {
            users.findByEmail(email).map(UserSummary::id).ifPresentOrElse(instructorIds::add,
                    () -> errors.add(new Problem(Part.INSTRUCTORS, "live.form.unknown-instructor")));
        }
        if (!errors.isEmpty()) {
            throw new SessionRejectedException(errors);
        }
        return new Checked(zone, start, end, instructorIds);
    }

    @Nullable
    static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ZoneId zone(String id, List<Problem> errors) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            errors.add(new Problem(Part.TIME_ZONE, "live.form.unknown-zone"));
            return null;
        }
    }

    private static LocalDateTime time(Part field, String value, List<Problem> errors) {
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeException e) {
            errors.add(new Problem(field, "live.form.bad-time"));
            return null;
        }
    }

    private static void checkUrl(Part field, @Nullable String value, List<Problem> errors) {
        if (blankToNull(value) == null) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(new Problem(field, "live.form.bad-url"));
            }
        } catch (java.net.URISyntaxException e) {
            errors.add(new Problem(field, "live.form.bad-url"));
        }
    }
}
