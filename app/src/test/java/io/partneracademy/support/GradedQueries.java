package io.partneracademy.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graded judged set (search/judged-set.tsv, described in search/judged-set.md): category, language, query, grades,
 * and the split the query belongs to: tuning, held-out (every second older query of its category), fresh (written in
 * session 6 before that session's ranking changes, marked "fresh" in a fifth column), fresh-2 (written in session 9
 * before any engine was run on them, marked "fresh2") or fresh-3 (written in session 10 the same way, "fresh3").
 */
public record GradedQueries(List<Graded> queries) {

    /** One query with the grade (1 or 2) of every resource id that is not 0. */
    public record Graded(String category, String language, String query, Map<String, Integer> grades,
                         Split split) {

        /** True unless the query is in the tuning split: ranking changes are tuned without looking at it. */
        public boolean heldOut() {
            return split != Split.TUNING;
        }

        /** The ids that count as a hit for MRR and success@3: the best grade the query has. */
        public List<String> best() {
            int top = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            return grades.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        }

        public boolean answerable() {
            return !grades.isEmpty();
        }
    }

    /** Which part of the judged set a query is in. */
    public enum Split {
        TUNING("tuning"), HELD_OUT("held-out"), FRESH("fresh"), FRESH_2("fresh-2"), FRESH_3("fresh-3");

        private final String label;

        Split(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The fifth column's mark of each fresh split. */
    private static final Map<String, Split> FRESH_MARKS = Map.of("fresh", Split.FRESH, "fresh2", Split.FRESH_2,
            "fresh3", Split.FRESH_3);

    public static GradedQueries load() {
        try (InputStream in = GradedQueries.class.getResourceAsStream("/search/judged-set.tsv")) {
            List<Graded> queries = new ArrayList<>();
            int line = 0;
            Map<String, Integer> perCategory = new LinkedHashMap<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                line++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] p = l.split("\t", -1);
                if (p.length != 4 && !(p.length == 5 && FRESH_MARKS.containsKey(p[4]))) {
                    throw new IllegalStateException("judged-set.tsv:" + line
                            + ": expected 4 tab-separated columns, or 5 with one of " + FRESH_MARKS.keySet() + " last");
                }
                Map<String, Integer> grades = new LinkedHashMap<>();
                for (String g : p[3].isBlank() ? new String[0] : p[3].strip().split(" ")) {
                    String[] kv = g.split("=");
                    grades.put(kv[0], Integer.parseInt(kv[1]));
                }
                // Every second older query of a category (in file order) is held out: ranking changes are tuned on
                // the others and then checked on these. Fresh queries are held out too, and reported on their own.
                Split split;
                if (p.length == 5) {
                    split = FRESH_MARKS.get(p[4]);
                } else {
                    split = perCategory.merge(p[0], 1, Integer::sum) % 2 == 0 ? Split.HELD_OUT : Split.TUNING;
                }
                queries.add(new Graded(p[0], p[1], p[2], Map.copyOf(grades), split));
            }
            return new GradedQueries(List.copyOf(queries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discounted cumulative gain of the first ten ids, over the best possible order of the graded ids. */
    public static double ndcg10(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int rank) {
        return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }
}
