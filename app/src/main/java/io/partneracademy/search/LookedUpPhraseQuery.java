package io.partneracademy.search;

import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseMatcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PhraseWeight;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SloppyPhraseMatcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;

/**
 * A phrase whose terms come from a search's {@link TermLookups} instead of being looked up again in every segment.
 * Phrases (a dictionary equivalent in title, tags and body of every language, neighbouring words for proximity) held
 * most of a search's term lookups, and Lucene's PhraseQuery takes no looked-up terms. Statistics, matching and
 * scoring are Lucene 9.12's {@code PhraseQuery} weight line for line; only where the term states come from differs.
 * Hashes as the phrase it stands for, so a disjunction holding it orders its clauses as before.
 */
final class LookedUpPhraseQuery extends PhraseQuery {

    private final TermLookups lookups;
    private final int hash;

    private LookedUpPhraseQuery(PhraseQuery phrase, TermLookups lookups) {
        super(phrase.getSlop(), phrase.getField(), Arrays.stream(phrase.getTerms()).map(Term::bytes).toArray(BytesRef[]::new));
        this.lookups = lookups;
        this.hash = phrase.hashCode();
    }

    /** The phrase with looked-up terms, or the phrase itself when its positions are not 0, 1, 2, … (never here). */
    static PhraseQuery of(PhraseQuery phrase, TermLookups lookups) {
        int[] positions = phrase.getPositions();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] != i) {
                return phrase;
            }
        }
        return positions.length < 2 ? phrase : new LookedUpPhraseQuery(phrase, lookups);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Term[] terms = getTerms();
        int[] positions = getPositions();
        int slop = getSlop();
        return new PhraseWeight(this, getField(), searcher, scoreMode) {
            // Set by getStats, which PhraseWeight's constructor calls: no initializer, or it would be reset after.
            private TermStates[] states;

            @Override
            protected Similarity.SimScorer getStats(IndexSearcher searcher) throws IOException {
                states = new TermStates[terms.length];
                TermStatistics[] termStats = new TermStatistics[terms.length];
                int termUpTo = 0;
                for (int i = 0; i < terms.length; i++) {
                    states[i] = lookups.states(terms[i]);
                    if (scoreMode.needsScores() && states[i].docFreq() > 0) {
                        termStats[termUpTo++] = searcher.termStatistics(terms[i], states[i].docFreq(),
                                states[i].totalTermFreq());
                    }
                }
                return termUpTo == 0 ? null : searcher.getSimilarity().scorer(boost,
                        searcher.collectionStatistics(getField()), ArrayUtil.copyOfSubArray(termStats, 0, termUpTo));
            }

            @Override
            protected PhraseMatcher getPhraseMatcher(LeafReaderContext context, Similarity.SimScorer scorer,
                                                     boolean exposeOffsets) throws IOException {
                Terms fieldTerms = context.reader().terms(getField());
                if (fieldTerms == null) {
                    return null;
                }
                if (!fieldTerms.hasPositions()) {
                    throw new IllegalStateException("field \"" + getField()
                            + "\" was indexed without position data; cannot run PhraseQuery (phrase=" + getQuery() + ")");
                }
                TermsEnum te = fieldTerms.iterator();
                PostingsAndFreq[] postingsFreqs = new PostingsAndFreq[terms.length];
                float totalMatchCost = 0;
                int flags = exposeOffsets ? PostingsEnum.OFFSETS : PostingsEnum.POSITIONS;
                for (int i = 0; i < terms.length; i++) {
                    TermState state = states[i].get(context);
                    if (state == null) {
                        return null; // the term is not in this segment
                    }
                    te.seekExact(terms[i].bytes(), state);
                    PostingsEnum postings;
                    ImpactsEnum impacts;
                    if (scoreMode == ScoreMode.TOP_SCORES) {
                        postings = impacts = te.impacts(flags);
                    } else {
                        postings = te.postings(null, flags);
                        impacts = new SlowImpactsEnum(postings);
                    }
                    postingsFreqs[i] = new PostingsAndFreq(postings, impacts, positions[i], terms[i]);
                    totalMatchCost += termPositionsCost(te);
                }
                if (slop == 0) {
                    ArrayUtil.timSort(postingsFreqs);
                    return new ExactPhraseMatcher(postingsFreqs, scoreMode, scorer, totalMatchCost);
                }
                return new SloppyPhraseMatcher(postingsFreqs, slop, scoreMode, scorer, totalMatchCost, exposeOffsets);
            }
        };
    }
}
