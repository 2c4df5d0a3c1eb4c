package io.partneracademy.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * A searcher that judges how rare a word is against the whole library, not against the documents of one language.
 * Text fields are per language ("body_de"), and BM25 takes a term's rarity from its own field: with three German
 * documents among 100,000, every German word looks common there and weighs almost nothing, so a German query's
 * German answer lost to any English document found through a translation. Reporting every text field as present
 * in every document (with the field's own average length kept) puts all languages on one scale.
 */
final class LibrarySearcher extends IndexSearcher {

    LibrarySearcher(IndexReader reader) {
        super(reader);
    }

    /** Runs a weight created once over every segment, so that several collectors share its term lookups. */
    void collect(Weight weight, Collector collector) throws IOException {
        search(leafContexts, weight, collector);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        CollectionStatistics own = super.collectionStatistics(field);
        if (own == null || !LanguageAnalyzers.textField(field) || own.docCount() >= own.maxDoc()) {
            return own;
        }
        double scale = (double) own.maxDoc() / own.docCount();
        long sumDocFreq = Math.max(own.maxDoc(), Math.round(own.sumDocFreq() * scale));
        long sumTotalTermFreq = Math.max(sumDocFreq, Math.round(own.sumTotalTermFreq() * scale));
        return new CollectionStatistics(field, own.maxDoc(), own.maxDoc(), sumTotalTermFreq, sumDocFreq);
    }
}
