package io.partneracademy.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns what a user typed into a Lucene query: every synonym variant, analyzed per language, each word matched
 * exactly, as a prefix ("impl") or within one or two typos ("battel"), title above tags above body.
 */
final class SearchQueries {

    static final float TITLE_BOOST = 6f;
    static final float TAGS_BOOST = 3f;
    static final float BODY_BOOST = 1f;
    private static final int PREFIX_TERMS = 16;
    private static final int FUZZY_TERMS = 16;
    private static final float VARIANT_TIE = 0.1f;

    private final LanguageAnalyzers analyzers;
    private final Synonyms synonyms;

    SearchQueries(LanguageAnalyzers analyzers, Synonyms synonyms) {
        this.analyzers = analyzers;
        this.synonyms = synonyms;
    }

    /** The text part of a search over the languages the index holds; all documents when the query is blank. */
    Query text(String query, java.util.Set<String> languages, Predicate<String> known) {
        if (query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        List<Query> readings = new ArrayList<>();
        for (Synonyms.Variant variant : synonyms.expand(query)) {
            Query reading = reading(variant, languages, known);
            if (reading != null) {
                readings.add(reading);
            }
        }
        // Only stop words: nothing can match, which is the honest answer. A document that matches the query as
        // typed and as a synonym is not twice as relevant: the best reading counts, the others a little.
        return readings.isEmpty() ? new BooleanQuery.Builder().build() : new DisjunctionMaxQuery(readings, VARIANT_TIE);
    }

    /**
     * One reading of the query in every indexed language. A synonym of several words ("return on investment"
     * for "ROI") counts only where its words stand together, not scattered over a document.
     */
    private Query reading(Synonyms.Variant variant, java.util.Set<String> languages, Predicate<String> known) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String language : LanguageAnalyzers.LANGUAGES) {
            Query q = languages.contains(language) ? allWords(language, analyzers.terms(language, variant.text())) : null;
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        Query raw = allRawWords(analyzers.terms("xx", variant.text()), known);
        if (raw != null) {
            any.add(raw, BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        List<String> inserted = variant.inserted() == null ? List.of() : analyzers.terms("xx", variant.inserted());
        if (inserted.size() < 2) {
            return any.build();
        }
        return new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST)
                .add(new PhraseQuery(IndexDocuments.RAW, inserted.toArray(String[]::new)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Most words must match: all of up to three, three quarters of longer queries. */
    private Query allWords(String language, List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        List<String> distinct = terms.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            words.add(word(language, distinct.get(i), i == distinct.size() - 1), BooleanClause.Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(mustMatch(distinct.size()));
        return words.build();
    }

    /**
     * Only the last word is completed ("impl" while typing "implementation"), and only to its most frequent
     * completions: a short prefix can match thousands of terms, and scoring all of them costs more than it helps.
     */
    private static Query prefix(String field, String term) {
        return new PrefixQuery(new Term(field, term), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_TERMS));
    }

    private static Query fuzzy(String field, String term, int edits) {
        return new FuzzyQuery(new Term(field, term), edits, 1, FUZZY_TERMS, true, new BestTermRewrite(FUZZY_TERMS));
    }

    /**
     * The same words unstemmed, at a lower weight than the language fields, each exact or within one or two
     * edits in titles. Only a word the index does not know is also widened in the whole text: widening known
     * words there ("cards" to "card", "carts") costs more than any other part of a search at 100k documents,
     * and their own and their stemmed forms are found anyway.
     */
    private static Query allRawWords(List<String> terms, Predicate<String> known) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        List<String> distinct = terms.stream().distinct().toList();
        for (String term : distinct) {
            List<Query> ways = new ArrayList<>();
            ways.add(new TermQuery(new Term(IndexDocuments.RAW, term)));
            int edits = term.length() >= 8 ? 2 : term.length() >= 4 ? 1 : 0;
            if (edits > 0) {
                ways.add(new BoostQuery(fuzzy(IndexDocuments.RAW_TITLE, term, edits), TITLE_BOOST * 0.4f));
                if (!known.test(term)) {
                    ways.add(new BoostQuery(fuzzy(IndexDocuments.RAW, term, edits), 0.4f));
                }
            }
            words.add(new DisjunctionMaxQuery(ways, 0.1f), BooleanClause.Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(mustMatch(distinct.size()));
        return new BoostQuery(words.build(), 0.5f);
    }

    /**
     * One word in one language: exact or as a prefix, in title, tags or body. Typos are matched on the
     * unstemmed fields instead (see {@link #allRawWords}): one fuzzy automaton per word, not one per language.
     */
    private static int mustMatch(int words) {
        return words <= 3 ? words : (int) Math.ceil(words * 0.75);
    }

    private static Query word(String language, String term, boolean last) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        String[] names = {LanguageAnalyzers.TITLE + language, LanguageAnalyzers.TAGS + language,
                LanguageAnalyzers.BODY + language};
        float[] boosts = {TITLE_BOOST, TAGS_BOOST, BODY_BOOST};
        boolean japanese = "ja".equals(language);
        // A word found in title, tags and body counts in each; within a field the best way it matched counts.
        for (int i = 0; i < names.length; i++) {
            List<Query> ways = new ArrayList<>();
            ways.add(new BoostQuery(new TermQuery(new Term(names[i], term)), boosts[i]));
            if (last && !japanese && term.length() >= 3) {
                ways.add(new BoostQuery(prefix(names[i], term), boosts[i] * 0.6f));
            }
            fields.add(ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0f), BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

}
