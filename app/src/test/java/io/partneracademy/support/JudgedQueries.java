package io.partneracademy.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The judged search queries over content/resources/ (search/judged-queries.tsv): query and right answers. */
public record JudgedQueries(List<Judged> queries) {

    /** One query and the resource ids that count as a right answer. */
    public record Judged(String query, Set<String> expected) {
    }

    public static JudgedQueries load() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/judged-queries.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new JudgedQueries(text.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(p -> new Judged(p[0], Set.copyOf(Arrays.asList(p[1].split(",")))))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
