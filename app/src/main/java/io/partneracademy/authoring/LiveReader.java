package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.Audience;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.live.Recurrence;
import io.partneracademy.live.SessionSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code live/<id>.yaml}: one live session, or a series of them (weekly office hours, monthly webinars), with
 * the same limits as the team's form, every problem at its line. Course and path references are checked against the
 * tree afterwards ({@link #checkReferences}).
 */
final class LiveReader {

    private static final Set<String> KEYS = Set.of("id", "title", "description", "course", "path", "time-zone",
            "start", "minutes", "repeat", "sessions", "seats", "audience", "instructors", "join-url", "materials", "skip",
            "recording");

    private final Problems problems;
    private final List<Source> sources = new ArrayList<>();

    LiveReader(Problems problems) {
        this.problems = problems;
    }

    /** Where a spec came from, to report course and path references at their lines. */
    private record Source(String file, @Nullable String course, int courseLine, @Nullable String path, int pathLine) {
    }

    /** A read file: the spec, and where its instructors are listed (they are looked up when it is published). */
    record LiveFile(String file, int instructorsLine, SessionSpec spec) {
    }

    @Nullable
    LiveFile read(String file, String fileId, String text) {
        YamlMap yaml = YamlMap.parse(file, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        int before = problems.count();
        yaml.rejectUnknownKeys(KEYS);
        String id = yaml.string("id", true);
        if (id != null && !id.equals(fileId)) {
            problems.add(file, yaml.line("id"), "id '" + id + "' must equal the file name '" + fileId + "'");
        }
        String title = limited(file, yaml, "title", true, 200);
        String description = limited(file, yaml, "description", true, 4000);
        String materials = limited(file, yaml, "materials", false, 2000);
        String joinUrl = url(file, yaml, "join-url");
        SessionSpec.Schedule schedule = schedule(file, yaml);
        Integer seats = between(file, yaml, "seats", true, 1, 10000);
        YamlMap audienceMap = yaml.map("audience");
        Audience audience = AudienceParser.parse(file, audienceMap, problems, Set.of("regions"));
        Set<String> regions = audienceMap == null ? Set.of() : new LinkedHashSet<>(audienceMap.strings("regions"));
        List<String> instructors = instructors(file, yaml);
        Map<String, String> recordings = recordings(file, yaml, schedule);
        sources.add(new Source(file, yaml.string("course", false), yaml.line("course"), yaml.string("path", false),
                yaml.line("path")));
        if (problems.count() > before || id == null || schedule == null) {
            return null;
        }
        SessionSpec spec = new SessionSpec(id, sha256(text), new SessionSpec.Content(title, description,
                yaml.string("course", false), yaml.string("path", false), joinUrl, materials, recordings), schedule,
                new SessionSpec.Attendees(seats, audience.minTier(), audience.partnerTypes(), regions, instructors));
        return new LiveFile(file, yaml.line("instructors"), spec);
    }

    /** Every course and path a session names must be in the tree. */
    void checkReferences(Set<String> courseIds, Set<String> pathIds) {
        for (Source source : sources) {
            String course = source.course();
            if (course != null && !courseIds.contains(course)) {
                problems.add(source.file(), source.courseLine(), "unknown course '" + course + "'");
            }
            String path = source.path();
            if (path != null && !pathIds.contains(path)) {
                problems.add(source.file(), source.pathLine(), "unknown path '" + path + "'");
            }
        }
    }

    @Nullable
    private SessionSpec.Schedule schedule(String file, YamlMap yaml) {
        ZoneId zone = null;
        String zoneName = yaml.string("time-zone", true);
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                problems.add(file, yaml.line("time-zone"), "unknown time zone '" + zoneName
                        + "' (use an IANA name like Europe/Berlin)");
            }
        }
        LocalDateTime start = null;
        String startText = yaml.string("start", true);
        if (startText != null) {
            try {
                start = LocalDateTime.parse(startText);
            } catch (DateTimeException e) {
                problems.add(file, yaml.line("start"), "start must be a local date and time like 2027-01-07T09:00, not '"
                        + startText + "'");
            }
        }
        Integer minutes = between(file, yaml, "minutes", true, 5, 24 * 60);
        Recurrence repeat = repeat(file, yaml);
        Integer count = yaml.has("sessions") ? between(file, yaml, "sessions", true, 1, 52) : Integer.valueOf(1);
        if (repeat == Recurrence.NONE && count != null && count > 1) {
            problems.add(file, yaml.line("sessions"), "sessions: " + count + " needs a repeat (weekly, monthly-day or"
                    + " monthly-weekday)");
        }
        if (zone == null || start == null || minutes == null || repeat == null || count == null) {
            return null;
        }
        SessionSpec.Schedule rule = new SessionSpec.Schedule(zone, start, minutes, repeat, count, Set.of());
        Set<LocalDate> skip = skip(file, yaml, rule);
        return skip == null ? null : new SessionSpec.Schedule(zone, start, minutes, repeat, count, skip);
    }

    /** The rule's dates the file leaves out; each must be one of them, and at least one session must remain. */
    @Nullable
    private Set<LocalDate> skip(String file, YamlMap yaml, SessionSpec.Schedule rule) {
        List<String> values = yaml.strings("skip");
        List<Integer> lines = yaml.itemLines("skip");
        Set<LocalDate> dates = rule.ruleStarts().stream().map(LocalDateTime::toLocalDate)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        Set<LocalDate> skip = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            int line = i < lines.size() ? lines.get(i) : yaml.line("skip");
            try {
                LocalDate date = LocalDate.parse(values.get(i));
                if (dates.contains(date)) {
                    skip.add(date);
                    continue;
                }
                problems.add(file, line, "skip: " + date + " is not a date of this series (" + dates.stream()
                        .map(LocalDate::toString).collect(java.util.stream.Collectors.joining(", ")) + ")");
            } catch (DateTimeException e) {
                problems.add(file, line, "skip: '" + values.get(i) + "' is not a date like 2027-03-16");
            }
            ok = false;
        }
        if (ok && !values.isEmpty() && skip.size() == dates.size()) {
            problems.add(file, yaml.line("skip"), "skip leaves no session of the series");
            ok = false;
        }
        return ok ? skip : null;
    }

    /**
     * Where the recording of each session is, by the session's date: {@code recording: https://…} for a file of one
     * session, {@code recording:} with {@code 2027-03-16: https://…} lines for a series; each date must be one the file
     * holds (a skipped date has no session to record).
     */
    private Map<String, String> recordings(String file, YamlMap yaml, @Nullable SessionSpec.Schedule schedule) {
        Map<String, String> recordings = new LinkedHashMap<>();
        if (!yaml.has("recording")) {
            return recordings;
        }
        Set<String> held = schedule == null ? Set.of() : schedule.occurrences().keySet();
        if (!yaml.holdsMapping("recording")) {
            String address = url(file, yaml, "recording");
            if (address != null && held.size() > 1) {
                problems.add(file, yaml.line("recording"), "recording: a series names the recording of each session"
                        + " by its date, like '" + held.iterator().next() + ": " + address + "'");
            } else if (address != null && held.size() == 1) {
                recordings.put(held.iterator().next(), address);
            }
            return recordings;
        }
        YamlMap byDate = yaml.map("recording");
        for (String date : byDate.keys()) {
            int line = byDate.line(date);
            try {
                LocalDate.parse(date);
            } catch (DateTimeException e) {
                problems.add(file, line, "recording: '" + date + "' is not a date like 2027-03-16");
                continue;
            }
            if (schedule != null && !held.contains(date)) {
                problems.add(file, line, "recording: " + date + " is not the date of a session of this file ("
                        + String.join(", ", held) + ")");
                continue;
            }
            String address = byDate.string(date, true);
            if (address != null && !webAddress(address)) {
                problems.add(file, line, "recording: " + date + " must be a web address starting with https://, not '"
                        + address + "'");
            } else if (address != null) {
                recordings.put(date, address);
            }
        }
        return recordings;
    }

    @Nullable
    private Recurrence repeat(String file, YamlMap yaml) {
        String value = yaml.has("repeat") ? yaml.string("repeat", true) : "once";
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "once" -> Recurrence.NONE;
            case "weekly" -> Recurrence.WEEKLY;
            case "monthly-day" -> Recurrence.MONTHLY_DAY;
            case "monthly-weekday" -> Recurrence.MONTHLY_WEEKDAY;
            default -> {
                problems.add(file, yaml.line("repeat"), "unknown repeat '" + value
                        + "' (use once, weekly, monthly-day or monthly-weekday)");
                yield null;
            }
        };
    }

    private List<String> instructors(String file, YamlMap yaml) {
        List<String> emails = yaml.strings("instructors");
        List<Integer> lines = yaml.itemLines("instructors");
        for (int i = 0; i < emails.size(); i++) {
            if (!emails.get(i).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(file, i < lines.size() ? lines.get(i) : yaml.line("instructors"),
                        "instructor '" + emails.get(i) + "' is not an email address");
            }
        }
        return List.copyOf(new LinkedHashSet<>(emails));
    }

    @Nullable
    private String limited(String file, YamlMap yaml, String key, boolean required, int max) {
        String value = yaml.string(key, required);
        if (value != null && value.length() > max) {
            problems.add(file, yaml.line(key), key + " is longer than " + max + " characters");
            return null;
        }
        return value;
    }

    @Nullable
    private Integer between(String file, YamlMap yaml, String key, boolean required, int min, int max) {
        Integer value = yaml.integer(key, required);
        if (value != null && (value < min || value > max)) {
            problems.add(file, yaml.line(key), key + " must be between " + min + " and " + max + ", not " + value);
            return null;
        }
        return value;
    }

    @Nullable
    private String url(String file, YamlMap yaml, String key) {
        String value = limited(file, yaml, key, true, 500);
        if (value == null) {
            return null;
        }
        if (webAddress(value)) {
            return value;
        }
        problems.add(file, yaml.line(key), key + " must be a web address starting with https://, not '" + value + "'");
        return null;
    }

    private static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            return value.length() <= 500 && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
