package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.labs.AnswerCheck;
import io.partneracademy.labs.FileType;
import io.partneracademy.labs.LabTrackSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code check} of a lab task: answer (exact, regex, number), artifact or attest. */
final class CheckReader {

    /** The largest upload a task may allow; the server's request limit sits just above it. */
    static final long MAX_UPLOAD_BYTES = 8L * 1024 * 1024;
    private static final long DEFAULT_UPLOAD_BYTES = 5L * 1024 * 1024;
    private static final Set<String> ANSWER_KEYS = Set.of("type", "match", "expected", "tolerance", "ignore-case",
            "whitespace");
    private static final Set<String> ARTIFACT_KEYS = Set.of("type", "file-types", "max-size");
    private static final Set<String> ATTEST_KEYS = Set.of("type", "review");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(KB|MB)", Pattern.CASE_INSENSITIVE);

    private final Problems problems;

    CheckReader(Problems problems) {
        this.problems = problems;
    }

    @Nullable
    LabTrackSpec.Check read(String file, YamlMap task) {
        YamlMap check = task.map("check");
        if (check == null) {
            if (!task.has("check")) {
                problems.add(file, task.line(), "missing check");
            }
            return null;
        }
        String type = check.string("type", true);
        if (type == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "answer" -> answer(file, check);
            case "artifact" -> artifact(file, check);
            case "attest" -> {
                check.rejectUnknownKeys(ATTEST_KEYS);
                Boolean review = bool(file, check, "review", false);
                yield review == null ? null : LabTrackSpec.Check.attest(review);
            }
            default -> {
                problems.add(file, check.line("type"), "unknown check type '" + type + "' (use answer, artifact or attest)");
                yield null;
            }
        };
    }

    @Nullable
    private LabTrackSpec.Check answer(String file, YamlMap check) {
        check.rejectUnknownKeys(ANSWER_KEYS);
        LabTrackSpec.Match match = choice(file, check, "match", "exact", LabTrackSpec.Match.class);
        LabTrackSpec.Whitespace whitespace = choice(file, check, "whitespace", "collapse", LabTrackSpec.Whitespace.class);
        Boolean ignoreCase = bool(file, check, "ignore-case", true);
        List<String> expected = check.strings("expected");
        int line = check.line("expected");
        if (expected.isEmpty()) {
            problems.add(file, line, "an answer check needs at least one expected value");
        }
        BigDecimal tolerance = null;
        if (check.has("tolerance")) {
            tolerance = decimal(file, check, "tolerance");
            if (match != LabTrackSpec.Match.NUMBER) {
                problems.add(file, check.line("tolerance"), "tolerance only applies to match: number");
            } else if (tolerance != null && tolerance.signum() < 0) {
                problems.add(file, check.line("tolerance"), "tolerance must not be negative");
            }
        }
        boolean valid = match != null && whitespace != null && ignoreCase != null && !expected.isEmpty();
        for (String value : expected) {
            valid &= expectedValue(file, line, match, value);
        }
        return valid ? LabTrackSpec.Check.answer(match, expected, tolerance, ignoreCase, whitespace) : null;
    }

    private boolean expectedValue(String file, int line, @Nullable LabTrackSpec.Match match, String value) {
        String problem = null;
        if (value.isEmpty() || value.contains("\n") || value.length() > AnswerCheck.MAX_LENGTH) {
            problem = "expected values must be one non-empty line of at most " + AnswerCheck.MAX_LENGTH + " characters";
        } else if (match == LabTrackSpec.Match.REGEX) {
            problem = AnswerCheck.patternProblem(value).map(p -> "invalid regular expression '" + value + "': " + p)
                    .orElse(null);
        } else if (match == LabTrackSpec.Match.NUMBER && AnswerCheck.number(value).isEmpty()) {
            problem = "expected '" + value + "' is not a number";
        }
        if (problem != null) {
            problems.add(file, line, problem);
        }
        return problem == null;
    }

    @Nullable
    private LabTrackSpec.Check artifact(String file, YamlMap check) {
        check.rejectUnknownKeys(ARTIFACT_KEYS);
        List<FileType> types = new ArrayList<>();
        List<String> names = check.strings("file-types");
        if (names.isEmpty()) {
            problems.add(file, check.line("file-types"), "an artifact check needs file-types (pdf, png, jpeg, gif, zip, text)");
        }
        boolean valid = !names.isEmpty();
        for (String name : names) {
            Optional<FileType> type = FileType.parse(name);
            type.ifPresent(types::add);
            if (type.isEmpty()) {
                problems.add(file, check.line("file-types"), "unknown file type '" + name + "' (use pdf, png, jpeg, gif, zip or text)");
                valid = false;
            }
        }
        Long max = size(file, check);
        return valid && max != null ? LabTrackSpec.Check.artifact(types, max) : null;
    }

    @Nullable
    private Long size(String file, YamlMap check) {
        if (!check.has("max-size")) {
            return DEFAULT_UPLOAD_BYTES;
        }
        String value = check.string("max-size", true);
        if (value == null) {
            return null;
        }
        Matcher m = SIZE.matcher(value);
        long bytes = m.matches() ? Long.parseLong(m.group(1)) * (m.group(2).equalsIgnoreCase("MB") ? 1024 * 1024 : 1024) : -1;
        if (bytes <= 0 || bytes > MAX_UPLOAD_BYTES) {
            problems.add(file, check.line("max-size"), "max-size must be like 512KB or 5MB, at most 8MB, not '" + value + "'");
            return null;
        }
        return bytes;
    }

    @Nullable
    private <E extends Enum<E>> E choice(String file, YamlMap map, String key, String fallback, Class<E> type) {
        String value = map.has(key) ? map.string(key, true) : fallback;
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            problems.add(file, map.line(key), "unknown " + key + " '" + value + "' (use " + String.join(", ", allowed) + ")");
            return null;
        }
    }

    @Nullable
    private Boolean bool(String file, YamlMap map, String key, boolean fallback) {
        if (!map.has(key)) {
            return fallback;
        }
        String value = map.string(key, true);
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.parseBoolean(value);
        }
        if (value != null) {
            problems.add(file, map.line(key), key + " must be true or false, not '" + value + "'");
        }
        return null;
    }

    @Nullable
    private BigDecimal decimal(String file, YamlMap map, String key) {
        String value = map.string(key, true);
        if (value == null) {
            return null;
        }
        Optional<BigDecimal> number = AnswerCheck.number(value);
        if (number.isEmpty()) {
            problems.add(file, map.line(key), key + " must be a number, not '" + value + "'");
        }
        return number.orElse(null);
    }
}
