package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors' dictionary: groups of equivalent words and phrases, one group per line, '#' for comments
 * ("tco, total cost of ownership, gesamtbetriebskosten, coût total de possession"). Abbreviations, jargon and the
 * program's key terms in every language live here. An abbreviation with two meanings may stand on two lines
 * ("nfr" for not-for-resale and for non-functional requirement): a query with it finds both. Queries are widened before analysis, so changing the file needs
 * no index rebuild, only a restart.
 */
final class Synonyms {

    private final List<Entry> entries;

    private Synonyms(List<Entry> entries) {
        this.entries = entries;
    }

    static Synonyms read(@Nullable Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new Synonyms(List.of());
        }
        try {
            return parse(Files.readAllLines(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Synonyms parse(List<String> lines) {
        return parse(lines, "synonyms");
    }

    /** Reads the groups; a line with a single phrase or an empty phrase is an error naming the file and line. */
    static Synonyms parse(List<String> lines, String source) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String content = (line.contains("#") ? line.substring(0, line.indexOf('#')) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String phrase : content.split(",", -1)) {
                String p = normalise(phrase);
                if (p.isEmpty()) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": empty phrase in \"" + content + "\"");
                }
                if (!group.contains(p)) {
                    group.add(p);
                }
            }
            if (group.size() < 2) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": a group needs at least two different "
                        + "phrases separated by commas: \"" + content + "\"");
            }
            List<String> copy = List.copyOf(group);
            for (String phrase : copy) {
                entries.add(new Entry(phrase, pattern(phrase), copy, i + 1));
            }
        }
        // Longest phrase first: "deal registration guide" is read as "deal registration" + "guide", not "deal" + ...
        entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
        return new Synonyms(List.copyOf(entries));
    }

    /** True when the dictionary has this phrase (normalised). */
    boolean has(String phrase) {
        String p = normalise(phrase);
        return entries.stream().anyMatch(e -> e.phrase().equals(p));
    }

    /** The line number of every group. */
    java.util.Set<Integer> lines() {
        return entries.stream().map(Entry::line).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Every phrase with the line of its group (the first, for a phrase on several lines). */
    java.util.Map<String, Integer> phrases() {
        java.util.Map<String, Integer> phrases = new java.util.LinkedHashMap<>();
        entries.forEach(e -> phrases.merge(e.phrase(), e.line(), Math::min));
        return phrases;
    }

    /**
     * The query cut into concepts: each phrase of the dictionary found in it (with its equivalents), then the other
     * words one by one, in the order typed. Plural forms find a singular phrase ("battlecards" → "battlecard").
     */
    List<Concept> concepts(String query) {
        String q = normalise(query);
        record Span(int start, int end, List<Entry> entries) {
        }
        List<Span> spans = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(q);
            while (m.find()) {
                int s = m.start();
                int en = m.end();
                Span same = spans.stream().filter(x -> x.start() == s && x.end() == en
                        && x.entries().get(0).phrase().equals(e.phrase())).findFirst().orElse(null);
                if (same != null) {
                    // A phrase with two meanings ("nfr": not for resale, non-functional requirement): both groups.
                    same.entries().add(e);
                } else if (spans.stream().noneMatch(x -> s < x.end() && x.start() < en)) {
                    spans.add(new Span(s, en, new ArrayList<>(List.of(e))));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Concept> concepts = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            words(q.substring(at, span.start()), concepts);
            String typed = q.substring(span.start(), span.end());
            List<String> alternatives = span.entries().stream().flatMap(e -> e.group().stream())
                    .filter(p -> !p.equals(typed)).distinct().toList();
            concepts.add(new Concept(typed, alternatives, span.entries().stream().map(Entry::line).sorted().toList()));
            at = span.end();
        }
        words(q.substring(at), concepts);
        return List.copyOf(concepts);
    }

    private static void words(String text, List<Concept> into) {
        for (String w : text.strip().split(" ")) {
            if (!w.isBlank()) {
                into.add(new Concept(w, List.of(), 0));
            }
        }
    }

    /**
     * A part of the query that should be found: as typed, or as one of its equivalents from dictionary lines
     * {@code lines} (several when the phrase has several meanings; empty for a word the dictionary does not have).
     */
    record Concept(String typed, List<String> alternatives, List<Integer> lines) {

        Concept(String typed, List<String> alternatives, int line) {
            this(typed, alternatives, line == 0 ? List.of() : List.of(line));
        }

        /** The first dictionary line of the phrase, 0 for a word the dictionary does not have. */
        int line() {
            return lines.isEmpty() ? 0 : lines.get(0);
        }
    }

    private record Entry(String phrase, Pattern pattern, List<String> group, int line) {
    }

    private static Pattern pattern(String phrase) {
        boolean cjk = phrase.codePoints().anyMatch(Synonyms::cjk);
        String body;
        if (phrase.matches(".*[a-z]y")) {
            body = Pattern.quote(phrase.substring(0, phrase.length() - 1)) + "(?:y|ies|ys)";
        } else if (!cjk && phrase.matches("[\\p{L}]{8,}")) {
            // A long single word also takes German plural and case endings ("partnerstufen", "anforderungen"):
            // short words would turn into others ("deal" into "dealer", "se" into "see").
            body = Pattern.quote(phrase) + "(?:s|es|e|en|n|er|ern)?";
        } else if (phrase.matches(".*[a-z]")) {
            body = Pattern.quote(phrase) + "(?:s|es)?";
        } else {
            body = Pattern.quote(phrase);
        }
        return Pattern.compile(cjk ? body : "(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])");
    }

    static boolean cjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** Lower case, hyphens and apostrophes as spaces, single spaces: "Deal-Registrierung" matches "deal registrierung". */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[-‐'’`]", " ").replaceAll("[\\s?!.,;:¿？。、]+", " ").strip();
    }
}
