package io.partneracademy.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The term lookups of one search, each made once, through one terms enumerator per segment and field. Parsing asks
 * whether words are indexed, then the query names the same terms again (the word unstemmed, a concept's equivalents
 * that stem alike), and Lucene looks a term up in every segment for every clause that names it, through a new
 * enumerator each time: a fifth of a search's CPU went to term lookups. Statistics are the ones Lucene gathers
 * ({@link TermStates#build}), so scores do not change. One per search: not for sharing between threads.
 */
final class TermLookups {

    private final IndexReaderContext top;
    private final Map<Term, TermStates> states = new HashMap<>();
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    TermLookups(IndexReader reader) {
        this.top = reader.getContext();
    }

    /** In how many documents the term occurs, deleted ones included, as {@link IndexReader#docFreq} counts. */
    int docFreq(Term term) throws IOException {
        return states(term).docFreq();
    }

    /** The term's state in every segment that has it, with its statistics over all of them. */
    TermStates states(Term term) throws IOException {
        TermStates found = states.get(term);
        if (found == null) {
            found = lookUp(term);
            states.put(term, found);
        }
        return found;
    }

    /**
     * The query with each scoring term clause carrying its looked-up states, so that creating the weight looks up no
     * term twice. Only the kinds of query a parsed search is made of are rebuilt (boolean, disjunction, boost, term,
     * phrase); any other stays as it is and looks its terms up itself. Clauses keep their order.
     */
    Query attach(Query query) throws IOException {
        if (query instanceof TermQuery term) {
            return term.getTermStates() != null ? term : new TermQuery(term.getTerm(), states(term.getTerm()));
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase instanceof LookedUpPhraseQuery ? phrase : LookedUpPhraseQuery.of(phrase, this);
        }
        if (query instanceof BoostQuery boost) {
            Query in = attach(boost.getQuery());
            return in == boost.getQuery() ? boost : new BoostQuery(in, boost.getBoost());
        }
        if (query instanceof DisjunctionMaxQuery max) {
            List<Query> disjuncts = new ArrayList<>();
            boolean changed = false;
            for (Query disjunct : max.getDisjuncts()) {
                Query attached = attach(disjunct);
                changed |= attached != disjunct;
                disjuncts.add(attached);
            }
            return changed ? new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier()) : max;
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause clause : bool.clauses()) {
                Query attached = clause.isScoring() ? attach(clause.getQuery()) : clause.getQuery();
                changed |= attached != clause.getQuery();
                rebuilt.add(attached, clause.getOccur());
            }
            return changed ? rebuilt.build() : bool;
        }
        return query;
    }

    private TermStates lookUp(Term term) throws IOException {
        TermStates found = new TermStates(top);
        TermsEnum[] perSegment = enums.get(term.field());
        if (perSegment == null) {
            perSegment = new TermsEnum[top.leaves().size()];
            for (LeafReaderContext leaf : top.leaves()) {
                Terms terms = leaf.reader().terms(term.field());
                perSegment[leaf.ord] = terms == null ? null : terms.iterator();
            }
            enums.put(term.field(), perSegment);
        }
        for (LeafReaderContext leaf : top.leaves()) {
            TermsEnum segment = perSegment[leaf.ord];
            if (segment != null && segment.seekExact(term.bytes())) {
                found.register(segment.termState(), leaf.ord, segment.docFreq(), segment.totalTermFreq());
            }
        }
        return found;
    }
}
