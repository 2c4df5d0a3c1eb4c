package io.partneracademy.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 per field. Titles and tags are a few words: saying a word twice there does not make a document more
 * about it, and a long, precise title is no worse than a short one, so term frequency saturates at once and
 * length does not count. Bodies keep BM25's usual shape, with a milder length penalty because a long playbook
 * is not less relevant than a one-page sheet. Norms are the same for any parameters, so this needs no re-index.
 * With 100k synthetic resources made of the library's own words, these settings (with the synonym and typo
 * changes in {@link SearchQueries}) put the right resource in the top 3 for "battel cards", "ROI", "impl" and
 * "implementaton", which BM25's defaults left to word-salad titles that repeat the word.
 */
final class Ranking extends PerFieldSimilarityWrapper {

    private static final Similarity SHORT_FIELDS = new BM25Similarity(0.1f, 0f);
    private static final Similarity BODY = new BM25Similarity(1.2f, 0.5f);

    @Override
    public Similarity get(String field) {
        return field.startsWith(LanguageAnalyzers.TITLE) || field.startsWith(LanguageAnalyzers.TAGS)
                || field.equals(IndexDocuments.RAW_TITLE) ? SHORT_FIELDS : BODY;
    }
}
