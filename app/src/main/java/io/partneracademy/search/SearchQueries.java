package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns what a user typed into a Lucene query. The query is cut into concepts (a dictionary phrase with its
 * equivalents in any language, or one word); question words are dropped; a concept is found as typed, as an
 * equivalent (a little lower, so a document in the searcher's own words ranks first), in every indexed language's
 * analysis, as a prefix while typing, within one or two typos, or split in two ("pitchdeck"). The words that matter
 * must match, not every word: about half of the concepts, at least one.
 */
final class SearchQueries {

    static final float TITLE_BOOST = 2.5f;
    static final float TAGS_BOOST = 2f;
    static final float BODY_BOOST = 1f;
    /** An equivalent from the dictionary (a synonym or a translation) counts a little less than the words typed. */
    static final float EQUIVALENT_WEIGHT = 0.75f;
    /** How far apart (in moved positions) two neighbouring query words may stand to earn the proximity bonus. */
    static final int PROXIMITY_SLOP = 4;
    /**
     * Two typed words standing together in the body count about as much as one of them in the title: a body phrase
     * scores the two words' body rarities (about 2.4 each at 100k documents) times a phrase frequency of about 0.4,
     * a title word its title rarity (about 5.2) times {@link #TITLE_BOOST}, so 6 puts them level. At 1 (a body match
     * more) a title that merely held two of the words, in any order, outranked the page that explains them together
     * ("what is the payback period"). Tuning split of the judged set, 100k resources: task nDCG@10 0.758 → 0.783,
     * no other category changed; 4 gave 0.779, 10 gave 0.821 but lost on navigational and jargon queries.
     */
    static final float PROXIMITY_WEIGHT = 6f;
    /**
     * How much more a match in the fields of the query's own language counts than one found through a translation.
     */
    static final float SAME_LANGUAGE_BOOST = 2f;
    private static final int PREFIX_TERMS = 16;
    private static final int FUZZY_TERMS = 16;

    private final LanguageAnalyzers analyzers;
    private final Synonyms synonyms;

    SearchQueries(LanguageAnalyzers analyzers, Synonyms synonyms) {
        this.analyzers = analyzers;
        this.synonyms = synonyms;
    }

    /**
     * A parsed query: the query to rank by, one stricter query per concept (no wide typo matching) to judge how
     * well a result matches, and the typed words the index does not know.
     */
    record Parsed(Query query, List<Query> concepts, List<String> unknown, String language) {
    }

    /**
     * Parses a query. {@code known} says whether the index has a word (unstemmed); {@code inLanguage} whether a term
     * occurs in a language's fields ("de", "wettbewerb"), which tells the language the query is written in.
     */
    Parsed parse(String query, @Nullable String interfaceLanguage, Set<String> languages, Predicate<String> known,
                 java.util.function.BiPredicate<String, String> inLanguage) {
        if (query.isBlank()) {
            return new Parsed(new MatchAllDocsQuery(), List.of(), List.of(), null);
        }
        List<Synonyms.Concept> concepts = meaningful(decompound(split(synonyms.concepts(query)), known));
        String language = language(concepts, interfaceLanguage, languages, inLanguage);
        List<Query> ranked = new ArrayList<>();
        List<Query> strict = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        // A misspelt word's automata serve its title, whole-text and strict readings alike.
        Map<String, SharedFuzzyQuery.Automata> automata = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            Synonyms.Concept c = concepts.get(i);
            boolean last = i == concepts.size() - 1;
            Query q = concept(c, languages, language, known, last, false, automata);
            if (q != null) {
                ranked.add(q);
                strict.add(concept(c, languages, language, known, last, true, automata));
                if (c.alternatives().isEmpty() && !c.typed().contains(" ") && !known.test(c.typed())) {
                    unknown.add(c.typed());
                }
            }
        }
        if (ranked.isEmpty()) {
            return new Parsed(new BooleanQuery.Builder().build(), List.of(), unknown, null);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        ranked.forEach(q -> all.add(q, BooleanClause.Occur.SHOULD));
        all.setMinimumNumberShouldMatch(mustMatch(ranked.size()));
        Query near = proximity(concepts, languages, language);
        Query ranking = near == null ? all.build() : new BooleanQuery.Builder()
                .add(all.build(), BooleanClause.Occur.MUST).add(near, BooleanClause.Occur.SHOULD).build();
        return new Parsed(ranking, strict, unknown, language);
    }

    /**
     * A bonus for documents where neighbouring words of the query stand close together ("pricing objection",
     * "phases … implementation"), as a person who wrote them together meant them: each pair of neighbouring concepts
     * as a sloppy phrase of the words where they meet, in the body of the query's language (of every indexed
     * language when that is unknown). Text that merely mentions the words far apart (a long page, or word salad)
     * gets no bonus. Null for fewer than two concepts.
     */
    private Query proximity(List<Synonyms.Concept> concepts, Set<String> languages, @Nullable String queryLanguage) {
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        int added = 0;
        for (int i = 0; i + 1 < concepts.size(); i++) {
            String[] left = concepts.get(i).typed().split(" ");
            String right = concepts.get(i + 1).typed().split(" ")[0];
            String pair = left[left.length - 1] + " " + right;
            List<Query> perLanguage = new ArrayList<>();
            for (String language : LanguageAnalyzers.LANGUAGES) {
                boolean searched = languages.contains(language) && (queryLanguage == null || queryLanguage.equals(language));
                List<String> terms = searched ? analyzers.terms(language, pair) : List.of();
                if (terms.size() == 2 && !terms.get(0).equals(terms.get(1))) {
                    perLanguage.add(inLanguage(new PhraseQuery(PROXIMITY_SLOP, LanguageAnalyzers.BODY + language,
                            terms.toArray(String[]::new)), language, queryLanguage));
                }
            }
            if (!perLanguage.isEmpty()) {
                pairs.add(new DisjunctionMaxQuery(perLanguage, 0f), BooleanClause.Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? null : new BoostQuery(pairs.build(), PROXIMITY_WEIGHT);
    }

    /** How many concepts a result must match: one of one or two, then about half. */
    static int mustMatch(int concepts) {
        return concepts <= 2 ? 1 : (concepts + 1) / 2;
    }

    /** How many concepts the best result must match to be presented as an answer: all of two, two thirds of more. */
    static int closeMatch(int concepts) {
        return concepts <= 2 ? concepts : (int) Math.ceil(concepts * 2 / 3.0);
    }

    /**
     * The language the query is written in: the one whose documents hold the most of the words as typed (not their
     * equivalents), the interface language when it is among the best or when no language holds any of the words,
     * otherwise null for a tie. Japanese script is Japanese.
     */
    private String language(List<Synonyms.Concept> concepts, @Nullable String interfaceLanguage, Set<String> languages,
                            java.util.function.BiPredicate<String, String> inLanguage) {
        if (concepts.stream().anyMatch(c -> c.typed().codePoints().anyMatch(Synonyms::cjk))) {
            return "ja";
        }
        String ui = interfaceLanguage == null ? null : LanguageAnalyzers.key(interfaceLanguage);
        Map<String, Integer> counts = new HashMap<>();
        for (String language : List.of("en", "de", "fr")) {
            if (!languages.contains(language)) {
                continue;
            }
            int count = 0;
            for (Synonyms.Concept c : concepts) {
                List<String> terms = analyzers.terms(language, c.typed());
                count += !terms.isEmpty() && terms.stream().allMatch(t -> inLanguage.test(language, t)) ? 1 : 0;
            }
            counts.put(language, count);
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (ui != null && !"xx".equals(ui) && (best == 0 || counts.getOrDefault(ui, -1) == best)) {
            return ui;
        }
        List<String> leaders = counts.entrySet().stream().filter(e -> e.getValue() == best && best > 0)
                .map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    /**
     * A word that neither the index nor the dictionary knows, cut into two parts each of them knows: "pitchdeck"
     * becomes "pitch deck", "Implementierungsleitfaden" becomes "implementierung leitfaden" (German joins with an
     * "s"), and each part is looked up in the dictionary again.
     */
    private List<Synonyms.Concept> decompound(List<Synonyms.Concept> concepts, Predicate<String> known) {
        List<Synonyms.Concept> out = new ArrayList<>();
        for (Synonyms.Concept c : concepts) {
            String parts = c.alternatives().isEmpty() && !known.test(c.typed()) ? parts(c.typed(), known) : null;
            if (parts == null) {
                out.add(c);
            } else {
                out.addAll(synonyms.concepts(parts));
            }
        }
        return out;
    }

    private String parts(String word, Predicate<String> known) {
        if (word.length() < 7 || word.contains(" ") || word.codePoints().anyMatch(Synonyms::cjk)) {
            return null;
        }
        Predicate<String> part = p -> p.length() >= 3 && (known.test(p) || synonyms.has(p));
        for (int i = 3; i <= word.length() - 3; i++) {
            String a = word.substring(0, i);
            String b = word.substring(i);
            if (part.test(b) && (part.test(a) || a.endsWith("s") && part.test(a.substring(0, a.length() - 1)))) {
                return (part.test(a) ? a : a.substring(0, a.length() - 1)) + " " + b;
            }
        }
        return null;
    }

    /** Japanese runs are cut into words by Kuromoji; everything else is already split at spaces. */
    private List<Synonyms.Concept> split(List<Synonyms.Concept> concepts) {
        List<Synonyms.Concept> out = new ArrayList<>();
        for (Synonyms.Concept c : concepts) {
            if (c.alternatives().isEmpty() && c.typed().codePoints().anyMatch(Synonyms::cjk)) {
                analyzers.terms("ja", c.typed()).forEach(t -> out.add(new Synonyms.Concept(t, List.of(), 0)));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Drops question words ("how do I", "wie", "comment"), unless the query is nothing else. */
    private static List<Synonyms.Concept> meaningful(List<Synonyms.Concept> concepts) {
        List<Synonyms.Concept> kept = concepts.stream()
                .filter(c -> !c.alternatives().isEmpty() || !LanguageAnalyzers.questionWord(c.typed())).toList();
        return kept.isEmpty() ? concepts : kept;
    }

    private Query concept(Synonyms.Concept c, Set<String> languages, @Nullable String queryLanguage,
                          Predicate<String> known, boolean last, boolean strict,
                          Map<String, SharedFuzzyQuery.Automata> automata) {
        List<Query> ways = new ArrayList<>();
        // Only a word still being typed is completed: "impl" is not a word, "deal" is finished.
        boolean completing = last && c.alternatives().isEmpty() && !known.test(c.typed());
        add(ways, reading(c.typed(), false, languages, queryLanguage, completing), 1f);
        for (String alternative : c.alternatives()) {
            add(ways, reading(alternative, true, languages, queryLanguage, false), EQUIVALENT_WEIGHT);
        }
        if (c.alternatives().isEmpty() && !c.typed().contains(" ")) {
            add(ways, raw(c.typed(), known, strict, automata), 0.5f);
        }
        return ways.isEmpty() ? null : new DisjunctionMaxQuery(ways, 0.1f);
    }

    private static void add(List<Query> ways, Query q, float weight) {
        if (q != null) {
            ways.add(weight == 1f ? q : new BoostQuery(q, weight));
        }
    }

    /** Text in every indexed language: one word as a term (or prefix), several as a phrase with a little slop. */
    private Query reading(String text, boolean fromDictionary, Set<String> languages, @Nullable String queryLanguage,
                          boolean completing) {
        if (text == null) {
            return null;
        }
        List<Query> perLanguage = new ArrayList<>();
        for (String language : LanguageAnalyzers.LANGUAGES) {
            if (!languages.contains(language)) {
                continue;
            }
            List<String> terms = fromDictionary ? analyzers.phraseTerms(language, text) : analyzers.terms(language, text);
            if (terms.size() == 1) {
                perLanguage.add(inLanguage(word(language, terms.get(0), completing), language, queryLanguage));
            } else if (terms.size() > 1) {
                perLanguage.add(inLanguage(phrase(language, terms), language, queryLanguage));
            }
        }
        return perLanguage.isEmpty() ? null : new DisjunctionMaxQuery(perLanguage, 0f);
    }

    /**
     * A match in the fields of the query's own language counts a little more: a document in the searcher's
     * language comes first among equally good matches, but a good translated match still beats a poor one in the
     * same language (word rarity is judged on one scale for all languages, see LibrarySearcher).
     */
    private static Query inLanguage(Query q, String language, @Nullable String queryLanguage) {
        return language.equals(queryLanguage) ? new BoostQuery(q, SAME_LANGUAGE_BOOST) : q;
    }

    private static Query phrase(String language, List<String> terms) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        String[] names = {LanguageAnalyzers.TITLE + language, LanguageAnalyzers.TAGS + language,
                LanguageAnalyzers.BODY + language};
        float[] boosts = {TITLE_BOOST, TAGS_BOOST, BODY_BOOST};
        for (int i = 0; i < names.length; i++) {
            PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(2);
            for (String t : terms) {
                p.add(new Term(names[i], t));
            }
            fields.add(new BoostQuery(p.build(), boosts[i]), BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

    /**
     * Only the last word is completed ("impl" while typing "implementation"), and only to its most frequent
     * completions: a short prefix can match thousands of terms, and scoring all of them costs more than it helps.
     */
    private static Query prefix(String field, String term) {
        return new PrefixQuery(new Term(field, term), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_TERMS));
    }

    private static Query fuzzy(String field, String term, int edits, Map<String, SharedFuzzyQuery.Automata> automata) {
        return new SharedFuzzyQuery(new Term(field, term), edits, FUZZY_TERMS, new BestTermRewrite(FUZZY_TERMS),
                automata.computeIfAbsent(edits + ":" + term, k -> new SharedFuzzyQuery.Automata()));
    }

    /**
     * The word unstemmed, and, for a word the index does not know (a typo), its closest indexed words within one or
     * two edits, in titles and in the whole text. A known word is not widened: "deal" is not a typo of "dean", and
     * widening every word cost more than any other part of a search at 100k documents. The strict form (for judging
     * a match) allows one edit, not two: "vacation" is two edits from "location" and from "variation".
     */
    private static Query raw(String term, Predicate<String> known, boolean strict,
                             Map<String, SharedFuzzyQuery.Automata> automata) {
        List<Query> ways = new ArrayList<>();
        ways.add(new TermQuery(new Term(IndexDocuments.RAW, term)));
        int edits = term.length() >= 8 ? 2 : term.length() >= 4 ? 1 : 0;
        if (edits > 0 && !term.codePoints().anyMatch(Synonyms::cjk) && !known.test(term)) {
            int allowed = strict ? 1 : edits;
            ways.add(new BoostQuery(fuzzy(IndexDocuments.RAW_TITLE, term, allowed, automata), TITLE_BOOST * 0.4f));
            ways.add(new BoostQuery(fuzzy(IndexDocuments.RAW, term, allowed, automata), 0.4f));
        }
        return new DisjunctionMaxQuery(ways, 0.1f);
    }

    /** One word in one language: exact or (a word still being typed) as a prefix, in title, tags and body. */
    private static Query word(String language, String term, boolean completing) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        String[] names = {LanguageAnalyzers.TITLE + language, LanguageAnalyzers.TAGS + language,
                LanguageAnalyzers.BODY + language};
        float[] boosts = {TITLE_BOOST, TAGS_BOOST, BODY_BOOST};
        boolean japanese = "ja".equals(language);
        // A word found in title, tags and body counts in each; within a field the best way it matched counts.
        for (int i = 0; i < names.length; i++) {
            List<Query> ways = new ArrayList<>();
            ways.add(new BoostQuery(new TermQuery(new Term(names[i], term)), boosts[i]));
            if (completing && !japanese && term.length() >= 3) {
                ways.add(new BoostQuery(prefix(names[i], term), boosts[i] * 0.6f));
            }
            fields.add(ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0f), BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }
}
