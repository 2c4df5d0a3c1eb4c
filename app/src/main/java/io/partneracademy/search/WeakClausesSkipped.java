package io.partneracademy.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A ranked query collected for its best page, where documents that match only its weak clauses are not scored once
 * the page is full with scores those clauses cannot reach (the MaxScore idea of Turtle and Flood, which Lucene
 * applies to flat disjunctions only). A search's query nests disjunctions of best matches with a tie-breaker,
 * through which Lucene passes no minimum score down, so it scored every match: a common word in the body matches a
 * third of the library. Here, once the page's lowest competitive score is known, the clauses whose bounds
 * ({@link ClauseBounds}) add up to less are set aside, and only documents that match one of the other clauses are
 * scored, by the query's own scorer: the page, its scores and their order are exactly the same.
 */
final class WeakClausesSkipped extends Query {

    private final Query in;
    private final ClauseBounds bounds;

    /** {@code in} is the whole query (filters included); {@code bounds} those of the ranked part that it scores by. */
    WeakClausesSkipped(Query in, ClauseBounds bounds) {
        this.in = in;
        this.bounds = bounds;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (scoreMode != ScoreMode.TOP_SCORES) {
            return inner;
        }
        List<Query> leaves = bounds.weakestFirst();
        // Not through the searcher's query cache: it would keep a query's matches for its next search, and a repeated
        // query (as a benchmark repeats them) would then cost less than a user's.
        IndexSearcher uncached = new IndexSearcher(searcher.getIndexReader());
        uncached.setQueryCache(null);
        // The disjunction of the strong clauses, per number of weak ones set aside: built when a segment needs it.
        Map<Integer, Weight> strong = new HashMap<>();
        return new FilterWeight(this, inner) {
            @Override
            public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                return scorer == null ? null : new Skipping(scorer, weak -> {
                    Weight w = strong.get(weak);
                    if (w == null) {
                        BooleanQuery.Builder any = new BooleanQuery.Builder();
                        for (int rank = weak; rank < leaves.size(); rank++) {
                            if (bounds.matches(rank)) {
                                any.add(leaves.get(rank), BooleanClause.Occur.SHOULD);
                            }
                        }
                        w = uncached.createWeight(uncached.rewrite(any.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
                        strong.put(weak, w);
                    }
                    Scorer s = w.scorer(context);
                    return s == null ? DocIdSetIterator.empty() : matching(s);
                });
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    private static DocIdSetIterator matching(Scorer scorer) {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        return twoPhase == null ? scorer.iterator() : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    /** The documents that match one of the clauses from the given rank on, in one segment. */
    private interface Strong {
        DocIdSetIterator from(int weak) throws IOException;
    }

    /** Collects a segment's matches, leaving out, once it may, those that match only weak clauses. */
    private final class Skipping extends BulkScorer {
        private final Scorer scorer;
        private final DocIdSetIterator all;
        private final Strong strong;
        private float minScore;
        /** The bound of one more weak clause than now: the page's lowest score must pass it first. */
        private double nextBound;
        private int weak;
        private DocIdSetIterator candidates;

        Skipping(Scorer scorer, Strong strong) {
            this.scorer = scorer;
            this.all = matching(scorer);
            this.strong = strong;
            this.nextBound = bounds.size() > 0 ? bounds.bound(1) : Double.POSITIVE_INFINITY;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            collector.setScorer(new Scorable() {
                @Override
                public float score() throws IOException {
                    return scorer.score();
                }

                @Override
                public int docID() {
                    return scorer.docID();
                }

                @Override
                public void setMinCompetitiveScore(float score) throws IOException {
                    scorer.setMinCompetitiveScore(score);
                    minScore = score;
                }
            });
            int doc = all.docID() < min ? all.advance(min) : all.docID();
            while (doc < max) {
                if (acceptDocs == null || acceptDocs.get(doc)) {
                    collector.collect(doc);
                }
                doc = next(doc + 1);
            }
            return doc;
        }

        private int next(int target) throws IOException {
            // The bounds are compared only when the page's lowest score passes the next clause's: it rises with
            // nearly every document that enters the page.
            if (minScore > nextBound) {
                weak = bounds.weakBelow(minScore);
                nextBound = weak < bounds.size() ? bounds.bound(weak + 1) : Double.POSITIVE_INFINITY;
                candidates = strong.from(weak);
            }
            if (candidates == null) {
                return all.nextDoc();
            }
            int candidate = candidates.docID() < target ? candidates.advance(target) : candidates.docID();
            while (candidate != DocIdSetIterator.NO_MORE_DOCS) {
                int doc = all.docID() < candidate ? all.advance(candidate) : all.docID();
                if (doc == candidate) {
                    return doc;
                }
                candidate = doc == DocIdSetIterator.NO_MORE_DOCS ? doc : candidates.advance(doc);
            }
            return DocIdSetIterator.NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return all.cost();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return "skipping weak clauses of (" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((WeakClausesSkipped) other).in) && bounds == ((WeakClausesSkipped) other).bounds;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + in.hashCode();
    }
}
