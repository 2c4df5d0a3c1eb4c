package io.partneracademy.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed into a Lucene query: every synonym variant, analyzed per language, each word matched
 * exactly, as a prefix ("impl") or within one or two typos ("battel"), title above tags above body.
 */
final class SearchQueries {

    static final float TITLE_BOOST = 6f;
    static final float TAGS_BOOST = 3f;
    static final float BODY_BOOST = 1f;

    private final LanguageAnalyzers analyzers;
    private final Synonyms synonyms;

    SearchQueries(LanguageAnalyzers analyzers, Synonyms synonyms) {
        this.analyzers = analyzers;
        this.synonyms = synonyms;
    }

    /** The text part of a search; all documents when the query is blank. */
    Query text(String query) {
        if (query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String variant : synonyms.expand(query)) {
            for (String language : LanguageAnalyzers.LANGUAGES) {
                Query q = allWords(language, analyzers.terms(language, variant));
                if (q != null) {
                    any.add(q, BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            Query raw = allRawWords(analyzers.terms("xx", variant));
            if (raw != null) {
                any.add(raw, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        // Only stop words: nothing can match, which is the honest answer.
        return clauses == 0 ? new BooleanQuery.Builder().build() : any.build();
    }

    /** Most words must match: all of up to three, three quarters of longer queries. */
    private Query allWords(String language, List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms.stream().distinct().toList()) {
            words.add(word(language, term), BooleanClause.Occur.SHOULD);
        }
        int distinct = (int) terms.stream().distinct().count();
        words.setMinimumNumberShouldMatch(distinct <= 3 ? distinct : (int) Math.ceil(distinct * 0.75));
        return words.build();
    }

    /** The same words unstemmed, each exact or within typos, at a lower weight than the language fields. */
    private static Query allRawWords(List<String> terms) {
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
                ways.add(new BoostQuery(new FuzzyQuery(new Term(IndexDocuments.RAW_TITLE, term), edits, 1, 50, true),
                        TITLE_BOOST * 0.4f));
                ways.add(new BoostQuery(new FuzzyQuery(new Term(IndexDocuments.RAW, term), edits, 1, 50, true), 0.4f));
            }
            words.add(new DisjunctionMaxQuery(ways, 0.1f), BooleanClause.Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(distinct.size() <= 3 ? distinct.size() : (int) Math.ceil(distinct.size() * 0.75));
        return new BoostQuery(words.build(), 0.5f);
    }

    /**
     * One word in one language: exact or as a prefix, in title, tags or body. Typos are matched on the
     * unstemmed fields instead (see {@link #allRawWords}): one fuzzy automaton per word, not one per language.
     */
    private static Query word(String language, String term) {
        List<Query> ways = new ArrayList<>();
        String[] fields = {LanguageAnalyzers.TITLE + language, LanguageAnalyzers.TAGS + language,
                LanguageAnalyzers.BODY + language};
        float[] boosts = {TITLE_BOOST, TAGS_BOOST, BODY_BOOST};
        boolean japanese = "ja".equals(language);
        for (int i = 0; i < fields.length; i++) {
            ways.add(new BoostQuery(new TermQuery(new Term(fields[i], term)), boosts[i]));
            if (!japanese && term.length() >= 3) {
                ways.add(new BoostQuery(new PrefixQuery(new Term(fields[i], term)), boosts[i] * 0.6f));
            }
        }
        return new DisjunctionMaxQuery(ways, 0.1f);
    }

}
