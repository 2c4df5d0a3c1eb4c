package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups of equivalent words and phrases ("ROI, return on investment"), one group per line, '#' for comments.
 * Queries are widened before analysis, so a multi-word phrase can stand for an abbreviation and the other way
 * round without touching the index: changing the file needs no rebuild.
 */
final class Synonyms {

    private static final int MAX_ALTERNATIVES = 8;

    private final List<List<String>> groups;

    Synonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
    }

    static Synonyms read(@Nullable Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new Synonyms(List.of());
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Synonyms parse(List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            List<String> group = new ArrayList<>();
            for (String phrase : content.split(",")) {
                String p = normalise(phrase);
                if (!p.isEmpty()) {
                    group.add(p);
                }
            }
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return new Synonyms(groups);
    }

    /**
     * The query itself followed by the variants in which one phrase is replaced by an equivalent; each variant
     * names the phrase it put in, so a search can ask for those words side by side.
     */
    List<Variant> expand(String query) {
        String q = normalise(query);
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put(q, new Variant(q, null));
        for (List<String> group : groups) {
            for (String phrase : group) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                        .matcher(q);
                if (m.find()) {
                    for (String other : group) {
                        String text = m.replaceAll(Matcher.quoteReplacement(other));
                        if (!other.equals(phrase) && variants.size() < MAX_ALTERNATIVES) {
                            variants.putIfAbsent(text, new Variant(text, other));
                        }
                    }
                }
            }
        }
        return List.copyOf(variants.values());
    }

    /** A way to read the query; {@code inserted} is the synonym put in, null for the query as typed. */
    record Variant(String text, @Nullable String inserted) {
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
