package io.partneracademy.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline the issue asks for: Lucene's BM25Similarity with its default parameters over the same title, tags and
 * body fields, only a StandardAnalyzer (no stemming, synonyms or typo handling), and every query word a SHOULD
 * clause in every field, as a classic query parser with default OR would build it.
 */
final class PlainBm25 implements AutoCloseable {

    private static final List<String> FIELDS = List.of("title", "tags", "body");

    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    PlainBm25() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
                .setRAMBufferSizeMB(64));
    }

    void add(String id, String title, String tags, String body) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("title", title, Field.Store.NO));
        doc.add(new TextField("tags", tags, Field.Store.NO));
        doc.add(new TextField("body", body, Field.Store.NO));
        writer.addDocument(doc);
    }

    void commit() throws IOException {
        writer.commit();
        reader = DirectoryReader.open(writer);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
    }

    List<String> search(String query) throws IOException {
        return search(query, 1);
    }

    /**
     * The top 10 for the query's words of at least {@code minLetters} letters: with 3, the words the synthetic
     * benchmark documents never contain ("is", "do", "to", "a") are left out, which shows how much plain BM25 owes
     * to them (SearchBenchmark).
     */
    List<String> search(String query, int minLetters) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms(query)) {
            if (term.length() < minLetters) {
                continue;
            }
            for (String field : FIELDS) {
                q.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q.build(), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    private Set<String> terms(String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        writer.close();
        directory.close();
    }
}
