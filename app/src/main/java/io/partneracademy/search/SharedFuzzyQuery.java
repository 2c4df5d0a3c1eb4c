package io.partneracademy.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

import java.io.IOException;
import java.util.Iterator;

/**
 * A fuzzy word whose Levenshtein automata are built once per search and shared by every field and query that looks
 * for the same word within the same number of edits. Lucene shares them between the segments of one rewrite only,
 * so a misspelt word searched in titles, in the whole text and again to judge the best result built them four times,
 * the costliest step of rewriting. Matching and scoring are Lucene's own: the automata are handed over through the
 * attribute Lucene itself uses to share them between segments.
 */
final class SharedFuzzyQuery extends FuzzyQuery {

    /** The automata of one word and number of edits, once a query has built them. One per search, not shared. */
    static final class Automata {
        AttributeImpl built;
    }

    private final Automata automata;

    SharedFuzzyQuery(Term term, int edits, int maxExpansions, RewriteMethod rewrite, Automata automata) {
        super(term, edits, 1, maxExpansions, true, rewrite);
        this.automata = automata;
    }

    /** The automata this query shares: built once one of the queries sharing them has been rewritten. */
    Automata automata() {
        return automata;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        if (automata.built != null) {
            // Present before the enum asks for it, so the enum takes these instead of building its own.
            atts.addAttributeImpl(automata.built);
        }
        TermsEnum terms0 = super.getTermsEnum(terms, atts);
        if (automata.built == null) {
            for (Iterator<AttributeImpl> it = atts.getAttributeImplsIterator(); it.hasNext(); ) {
                AttributeImpl attribute = it.next();
                if (attribute.getClass().getEnclosingClass() == FuzzyTermsEnum.class) {
                    automata.built = attribute;
                }
            }
        }
        return terms0;
    }
}
