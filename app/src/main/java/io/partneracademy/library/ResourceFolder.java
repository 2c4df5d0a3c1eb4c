package io.partneracademy.library;

import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.partners.Tier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads content/resources/: one folder per resource, named by its id, holding resource.yaml and the file it
 * names. Every problem is reported as {@code file:line: message}, the line read from the YAML itself.
 */
final class ResourceFolder {

    static final String META = "resource.yaml";
    /** Read no larger file into memory; the library's own upload limit applies to what is read. */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    private static final Set<String> KEYS = Set.of("title", "type", "tags", "language", "tier", "owner", "review-by",
            "file");

    /** A resource as shipped: metadata and its file. */
    record Shipped(ResourceForm form, String fileName, byte[] bytes, String display) {
    }

    private final Problems problems = new Problems();

    /** Every problem found so far, by file and line. */
    List<ContentProblem> problems() {
        return problems.sorted();
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
            problems.add(display, 1, "missing: every resource folder needs a " + META);
            return null;
        }
        int before = problems.count(); // from here: YamlMap reports duplicate keys while it parses
        String text = ContentFiles.text(meta, display, problems);
        YamlMap yaml = text == null ? null : YamlMap.parse(display, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        for (String key : yaml.keys()) {
            if (!KEYS.contains(key)) {
                problems.add(display, yaml.line(key), "unknown key '" + key + "'; expected one of "
                        + KEYS.stream().sorted().toList());
            }
        }
        String title = required(yaml, display, "title");
        String type = required(yaml, display, "type");
        if (type != null && ResourceType.fromSlug(type).isEmpty()) {
            problems.add(display, yaml.line("type"), "unknown type '" + type + "'; expected one of "
                    + ResourceType.slugs());
        }
        String language = required(yaml, display, "language");
        if (language != null && !language.matches("[a-z]{2}(-[A-Z]{2})?")) {
            problems.add(display, yaml.line("language"), "language must look like 'en' or 'de-CH'");
        }
        Tier tier = tier(yaml, display);
        LocalDate reviewBy = date(yaml, display);
        String owner = required(yaml, display, "owner");
        String fileName = required(yaml, display, "file");
        List<String> tags = yaml.strings("tags");
        byte[] bytes = null;
        if (fileName != null) {
            bytes = file(dir, fileName, display, yaml.line("file"));
        }
        if (problems.count() > before || bytes == null) {
            return null;
        }
        ResourceForm form = new ResourceForm(dir.getFileName().toString(), title, type, String.join(",", tags), language,
                tier, owner, reviewBy);
        return new Shipped(form, fileName, bytes, display);
    }

    /** The named file's bytes; null with a problem when it is not a file in the folder or is too large to read. */
    private byte[] file(Path dir, String fileName, String display, int line) {
        Path file;
        try {
            file = dir.resolve(fileName).normalize();
        } catch (InvalidPathException e) {
            file = null; // a name no file can have (a NUL character): not found, like any other
        }
        if (file == null || !file.startsWith(dir) || !Files.isRegularFile(file)) {
            problems.add(display, line, "file '" + fileName + "' not found next to " + META);
            return null;
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(display, line, "file '" + fileName + "' is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String required(YamlMap yaml, String display, String key) {
        String value = yaml.string(key, false);
        if (value == null || value.isBlank()) {
            problems.add(display, yaml.line(key), "'" + key + "' is required");
            return null;
        }
        return value;
    }

    private Tier tier(YamlMap yaml, String display) {
        String value = required(yaml, display, "tier");
        if (value == null) {
            return null;
        }
        try {
            return Tier.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(display, yaml.line("tier"), "unknown tier '" + value + "'; expected one of "
                    + List.of(Tier.values()));
            return null;
        }
    }

    private LocalDate date(YamlMap yaml, String display) {
        String value = required(yaml, display, "review-by");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(display, yaml.line("review-by"), "review-by must be a date like 2027-03-31");
            return null;
        }
    }
}
