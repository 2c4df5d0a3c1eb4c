package io.partneracademy.library;

import io.partneracademy.content.ContentProblem;
import io.partneracademy.partners.Tier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads content/resources/: one folder per resource, named by its id, holding resource.yaml and the file it
 * names. Every problem is reported as {@code file:line: message}.
 */
final class ResourceFolder {

    static final String META = "resource.yaml";
    private static final Set<String> KEYS = Set.of("title", "type", "tags", "language", "tier", "owner", "review-by",
            "file");

    /** A resource as shipped: metadata and its file. */
    record Shipped(ResourceForm form, String fileName, byte[] bytes, String display) {
    }

    private final List<ContentProblem> problems = new ArrayList<>();

    List<ContentProblem> problems() {
        return problems;
    }

    List<Shipped> read(Path root) {
        List<Shipped> shipped = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return shipped;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Shipped s = readOne(dir, "resources/" + dir.getFileName() + "/" + META);
                if (s != null) {
                    shipped.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shipped;
    }

    private Shipped readOne(Path dir, String display) {
        Path meta = dir.resolve(META);
        if (!Files.isRegularFile(meta)) {
            problems.add(new ContentProblem(display, 1, "missing: every resource folder needs a " + META));
            return null;
        }
        String text;
        Map<String, Object> map;
        try {
            text = Files.readString(meta, StandardCharsets.UTF_8);
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (!(loaded instanceof Map<?, ?> m)) {
                problems.add(new ContentProblem(display, 1, "expected a mapping of keys to values"));
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> cast = (Map<String, Object>) m;
            map = cast;
        } catch (IOException | RuntimeException e) {
            problems.add(new ContentProblem(display, 1, "not readable YAML: " + e.getMessage().lines().findFirst().orElse("")));
            return null;
        }
        int before = problems.size();
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(new ContentProblem(display, line(text, key), "unknown key '" + key + "'; expected one of "
                        + KEYS.stream().sorted().toList()));
            }
        }
        String title = required(map, text, display, "title");
        String type = required(map, text, display, "type");
        if (type != null && ResourceType.fromSlug(type).isEmpty()) {
            problems.add(new ContentProblem(display, line(text, "type"), "unknown type '" + type + "'; expected one of "
                    + ResourceType.slugs()));
        }
        String language = required(map, text, display, "language");
        if (language != null && !language.matches("[a-z]{2}(-[A-Z]{2})?")) {
            problems.add(new ContentProblem(display, line(text, "language"), "language must look like 'en' or 'de-CH'"));
        }
        Tier tier = tier(map, text, display);
        LocalDate reviewBy = date(map, text, display);
        String owner = required(map, text, display, "owner");
        String fileName = required(map, text, display, "file");
        List<String> tags = tags(map, text, display);
        byte[] bytes = null;
        if (fileName != null) {
            Path file = dir.resolve(fileName).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                problems.add(new ContentProblem(display, line(text, "file"), "file '" + fileName + "' not found next to " + META));
            } else {
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (problems.size() > before || bytes == null) {
            return null;
        }
        ResourceForm form = new ResourceForm(dir.getFileName().toString(), title, type, String.join(",", tags), language,
                tier, owner, reviewBy);
        return new Shipped(form, fileName, bytes, display);
    }

    private String required(Map<String, Object> map, String text, String display, String key) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            problems.add(new ContentProblem(display, value == null ? 1 : line(text, key), "'" + key + "' is required"));
            return null;
        }
        return value.toString().strip();
    }

    private Tier tier(Map<String, Object> map, String text, String display) {
        String value = required(map, text, display, "tier");
        if (value == null) {
            return null;
        }
        try {
            return Tier.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ContentProblem(display, line(text, "tier"), "unknown tier '" + value + "'; expected one of "
                    + List.of(Tier.values())));
            return null;
        }
    }

    private LocalDate date(Map<String, Object> map, String text, String display) {
        Object value = map.get("review-by");
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String s = required(map, text, display, "review-by");
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(new ContentProblem(display, line(text, "review-by"), "review-by must be a date like 2027-03-31"));
            return null;
        }
    }

    private List<String> tags(Map<String, Object> map, String text, String display) {
        Object value = map.get("tags");
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        problems.add(new ContentProblem(display, line(text, "tags"), "tags must be a list, e.g. [competitive, sales]"));
        return List.of();
    }

    private static int line(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
