package io.partneracademy.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much each clause of a rewritten ranked query can add to a document's score, and so how much a document can
 * score at most when it matches only the weakest clauses. A term or phrase clause scores at most its BM25 weight
 * (its boosts times its rarity: BM25's score approaches it as the frequency grows and never reaches it); a
 * disjunction of best matches at most its best clause's bound plus the tie-breaker's share of the others; any other
 * combination at most the sum of its clauses. A clause of a kind not listed here is never counted among the weak.
 */
final class ClauseBounds {

    /** Lucene rounds each sum and product to a float; this margin keeps the bound above any such rounding. */
    private static final double MARGIN = 1.0001;

    private final Node root;
    private final List<Node> leaves = new ArrayList<>();
    private final double factor;

    /**
     * The bounds of {@code ranked}'s clauses; {@code factor} is the most a document's own weight multiplies its score
     * by. Term statistics come from {@code lookups} (the search's) and the searcher's similarity and field statistics.
     */
    ClauseBounds(Query ranked, double factor, IndexSearcher searcher, TermLookups lookups) throws IOException {
        this.factor = factor;
        this.root = node(ranked, 1f, searcher, lookups);
        leaves.sort(Comparator.comparingDouble(n -> n.bound));
        for (int i = 0; i < leaves.size(); i++) {
            leaves.get(i).rank = i;
        }
    }

    /** The leaf clauses (terms, phrases, clauses of other kinds) from the weakest to the strongest. */
    List<Query> weakestFirst() {
        return leaves.stream().map(n -> n.leaf).toList();
    }

    /** How many leaf clauses the query has. */
    int size() {
        return leaves.size();
    }

    /** Whether the leaf clause at this rank can match any document at all. */
    boolean matches(int rank) {
        return leaves.get(rank).bound > 0;
    }

    /** The most a document can score that matches none of the leaf clauses from rank {@code weak} on. */
    double bound(int weak) {
        return root.bound(weak) * factor * MARGIN;
    }

    /**
     * How many of the weakest leaf clauses together cannot bring a document to {@code minScore}: documents that match
     * only those need not be scored.
     */
    int weakBelow(float minScore) {
        int low = 0;
        int high = leaves.size();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (bound(mid) < minScore) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private Node node(Query q, float boost, IndexSearcher searcher, TermLookups lookups) throws IOException {
        if (q instanceof BoostQuery b) {
            return node(b.getQuery(), boost * b.getBoost(), searcher, lookups);
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Node> children = new ArrayList<>();
            for (Query sub : d.getDisjuncts()) {
                children.add(node(sub, boost, searcher, lookups));
            }
            return new Node(children, d.getTieBreakerMultiplier());
        }
        if (q instanceof BooleanQuery bool) {
            List<Node> children = new ArrayList<>();
            for (BooleanClause c : bool.clauses()) {
                if (c.isScoring()) {
                    children.add(node(c.getQuery(), boost, searcher, lookups));
                } else if (c.getOccur() == BooleanClause.Occur.FILTER) {
                    // Matching only: it adds nothing to the score, but a document must match it.
                    children.add(leaf(c.getQuery(), 0f));
                }
            }
            return new Node(children, -1f);
        }
        if (q instanceof MatchNoDocsQuery) {
            return new Node(List.of(), -1f);
        }
        if (q instanceof TermQuery t) {
            TermStates states = t.getTermStates() != null ? t.getTermStates() : lookups.states(t.getTerm());
            return leaf(q, weight(searcher, boost, t.getTerm().field(), t.getTerm(), states));
        }
        if (q instanceof PhraseQuery p && p.getTerms().length > 0) {
            return leaf(q, phraseWeight(searcher, lookups, boost, p));
        }
        return leaf(q, Float.POSITIVE_INFINITY);
    }

    private Node leaf(Query q, float bound) {
        Node n = new Node(q, bound);
        leaves.add(n);
        return n;
    }

    /** The most a term scores, or 0 when it is in no document (the term clause then matches nothing). */
    private static float weight(IndexSearcher searcher, float boost, String field, Term term, TermStates states)
            throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(field);
        if (collection == null || states.docFreq() == 0) {
            return 0f;
        }
        TermStatistics stats = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
        return max(searcher.getSimilarity().scorer(boost, collection, stats));
    }

    /** As Lucene's phrase weight counts it: the rarity of its terms together; 0 when one of them is in no document. */
    private static float phraseWeight(IndexSearcher searcher, TermLookups lookups, float boost, PhraseQuery p)
            throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(p.getField());
        if (collection == null) {
            return 0f;
        }
        TermStatistics[] stats = new TermStatistics[p.getTerms().length];
        for (int i = 0; i < stats.length; i++) {
            TermStates states = lookups.states(p.getTerms()[i]);
            if (states.docFreq() == 0) {
                return 0f;
            }
            stats[i] = searcher.termStatistics(p.getTerms()[i], states.docFreq(), states.totalTermFreq());
        }
        return max(searcher.getSimilarity().scorer(boost, collection, stats));
    }

    private static float max(Similarity.SimScorer scorer) {
        // As Lucene's own global bound of a term's score: the highest frequency in the shortest field.
        return scorer.score(Float.MAX_VALUE, 1L);
    }

    private static final class Node {
        final Query leaf;
        final float bound;
        final List<Node> children;
        /** The tie-breaker of a disjunction of best matches; negative for a sum. */
        final float tie;
        int rank;

        Node(Query leaf, float bound) {
            this.leaf = leaf;
            this.bound = bound;
            this.children = List.of();
            this.tie = -1f;
        }

        Node(List<Node> children, float tie) {
            this.leaf = null;
            this.bound = 0f;
            this.children = children;
            this.tie = tie;
        }

        double bound(int weak) {
            if (leaf != null) {
                return rank < weak ? bound : 0;
            }
            double sum = 0;
            double best = 0;
            for (Node child : children) {
                double b = child.bound(weak);
                sum += b;
                best = Math.max(best, b);
            }
            return tie < 0 ? sum : best + tie * (sum - best);
        }
    }
}
