package io.partneracademy.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …": the query with each word the index does not know replaced by the closest, most used word it does. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The query with its unknown words corrected. {@code built} holds the fuzzy automata the search built, by edits
     * and word ("2:implementaton"): a word searched within as many edits as a suggestion allows reuses them.
     */
    static List<String> of(IndexReader reader, String query, List<String> unknown,
                           Map<String, SharedFuzzyQuery.Automata> built) {
        String suggestion = Synonyms.normalise(query);
        boolean changed = false;
        for (String word : unknown) {
            Optional<String> closest = closest(reader, word, built);
            if (closest.isPresent()) {
                suggestion = suggestion.replaceAll("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
                        + "(?![\\p{L}\\p{N}])", java.util.regex.Matcher.quoteReplacement(closest.get()));
                changed = true;
            }
        }
        return changed ? List.of(suggestion) : List.of();
    }

    /** The indexed word within two edits with the fewest edits, then the most documents. */
    static Optional<String> closest(IndexReader reader, String word) {
        return closest(reader, word, Map.of());
    }

    private static Optional<String> closest(IndexReader reader, String word, Map<String, SharedFuzzyQuery.Automata> built) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 4 || w.codePoints().anyMatch(Synonyms::cjk)) {
            return Optional.empty();
        }
        try {
            Terms terms = MultiTerms.getTerms(reader, IndexDocuments.RAW);
            if (terms == null) {
                return Optional.empty();
            }
            int edits = w.length() >= 5 ? 2 : 1;
            SharedFuzzyQuery.Automata automata = built.get(edits + ":" + w);
            // The same automata (prefix 1, transpositions) whichever query built them: only who builds them differs.
            FuzzyQuery fuzzy = automata == null || automata.built == null
                    ? new FuzzyQuery(new Term(IndexDocuments.RAW, w), edits, 1)
                    : new SharedFuzzyQuery(new Term(IndexDocuments.RAW, w), edits, FuzzyQuery.defaultMaxExpansions,
                    FuzzyQuery.defaultRewriteMethod(FuzzyQuery.defaultMaxExpansions), automata);
            TermsEnum e = fuzzy.getTermsEnum(terms);
            BoostAttribute boost = e.attributes().addAttribute(BoostAttribute.class);
            String best = null;
            float bestBoost = -1;
            int bestFreq = -1;
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                String term = t.utf8ToString();
                if (term.equals(w)) {
                    continue;
                }
                if (boost.getBoost() > bestBoost || (boost.getBoost() == bestBoost && e.docFreq() > bestFreq)) {
                    best = term;
                    bestBoost = boost.getBoost();
                    bestFreq = e.docFreq();
                }
            }
            return Optional.ofNullable(best);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
