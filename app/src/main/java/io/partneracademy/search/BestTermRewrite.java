package io.partneracademy.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopTermsRewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a fuzzy word to its closest terms and scores a document by the best of them. A misspelt word stands
 * for one word: a document holding "implementation" and "implementations" is no better a match for
 * "implementaton" than one holding either, as Lucene's default (a sum over the terms) would have it.
 */
final class BestTermRewrite extends TopTermsRewrite<List<Query>> {

    BestTermRewrite(int size) {
        super(size);
    }

    @Override
    protected int getMaxSize() {
        return IndexSearcher.getMaxClauseCount();
    }

    @Override
    protected List<Query> getTopLevelBuilder() {
        return new ArrayList<>();
    }

    @Override
    protected Query build(List<Query> terms) {
        return terms.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(terms, 0f);
    }

    @Override
    protected void addClause(List<Query> terms, Term term, int docCount, float boost, TermStates states) {
        terms.add(new BoostQuery(new TermQuery(term, states), boost));
    }
}
