package io.partneracademy.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Objects;

/**
 * A query's score multiplied by a per-document weight (a numeric doc value of at least 1, at most {@code max}).
 * Unlike Lucene's FunctionScoreQuery it tells the scorers below how high a score can go, so a search for the
 * first page skips documents that cannot reach it instead of scoring every match.
 */
final class DocWeightQuery extends Query {

    private final Query in;
    private final String field;
    private final long max;

    DocWeightQuery(Query in, String field, long max) {
        this.in = in;
        this.field = field;
        this.max = max;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new DocWeightQuery(rewritten, field, max);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        return new FilterWeight(this, inner) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                return scorer == null ? null : weighted(scorer, DocValues.getNumeric(context.reader(), field));
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) {
                    return e;
                }
                long w = weight(DocValues.getNumeric(context.reader(), field), doc);
                return Explanation.match(e.getValue().floatValue() * w, "times the document's " + field + " " + w, e);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return in.isCacheable(context) && DocValues.isCacheable(context, field);
            }
        };
    }

    private Scorer weighted(Scorer scorer, NumericDocValues weights) {
        return new FilterScorer(scorer) {
            @Override
            public float score() throws IOException {
                return in.score() * weight(weights, docID());
            }

            @Override
            public float getMaxScore(int upTo) throws IOException {
                return in.getMaxScore(upTo) * max;
            }

            @Override
            public int advanceShallow(int target) throws IOException {
                return in.advanceShallow(target);
            }

            @Override
            public void setMinCompetitiveScore(float minScore) throws IOException {
                // A document of the highest weight needs only this much from the query below to compete.
                in.setMinCompetitiveScore(Math.nextDown(minScore / max));
            }
        };
    }

    private static long weight(NumericDocValues weights, int doc) throws IOException {
        return weights.advanceExact(doc) ? Math.max(1, weights.longValue()) : 1;
    }

    @Override
    public String toString(String defaultField) {
        return "weighted(" + in.toString(defaultField) + " by " + field + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((DocWeightQuery) other).in) && field.equals(((DocWeightQuery) other).field)
                && max == ((DocWeightQuery) other).max;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, field, max);
    }
}
