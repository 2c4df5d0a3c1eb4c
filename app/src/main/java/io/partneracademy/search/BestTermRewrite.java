package io.partneracademy.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopTermsRewrite;

/**
 * Rewrites a fuzzy word to its closest terms and scores a document by the best of them, with their document
 * frequencies blended as Lucene's default does. A misspelt word stands for one word: a document holding
 * "implementation" and "implementations" is no better a match for "implementaton" than one holding either,
 * as the default (a sum over the terms) would have it, and the rarer variant gains nothing from its rarity.
 */
final class BestTermRewrite extends TopTermsRewrite<BlendedTermQuery.Builder> {

    BestTermRewrite(int size) {
        super(size);
    }

    @Override
    protected int getMaxSize() {
        return IndexSearcher.getMaxClauseCount();
    }

    @Override
    protected BlendedTermQuery.Builder getTopLevelBuilder() {
        return new BlendedTermQuery.Builder().setRewriteMethod(new BlendedTermQuery.DisjunctionMaxRewrite(0f));
    }

    @Override
    protected Query build(BlendedTermQuery.Builder terms) {
        return terms.build();
    }

    @Override
    protected void addClause(BlendedTermQuery.Builder terms, Term term, int docCount, float boost, TermStates states) {
        terms.add(term, boost, states);
    }
}
