package io.partneracademy.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page collected while documents matching only weak clauses are skipped holds the same documents with the same
 * scores in the same order as a page collected from every match, and no document scores above its clauses' bound.
 */
class WeakClausesSkippedTest {

    private static final String[] FILLER = {"partner", "program", "customer", "sales", "deal", "training", "team",
            "price", "object", "handl", "guid", "playbook", "region", "market", "fund"};

    @Test
    void thePageIsTheSameAndFewerMatchesAreScoredOnceItIsFull() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
            index(writer);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = searcher(reader);
                Query ranked = searcher.rewrite(ranked());
                Query whole = searcher.rewrite(new DocWeightQuery(ranked, "weight", 2));
                ClauseBounds bounds = new ClauseBounds(ranked, 2, searcher, new TermLookups(reader));

                Counted every = collect(searcher, whole, 10);
                Counted skipping = collect(searcher, new WeakClausesSkipped(whole, bounds), 10);

                assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(2);
                assertThat(every.top.scoreDocs).hasSize(10);
                assertThat(scores(skipping.top)).isEqualTo(scores(every.top));
                assertThat(skipping.top.totalHits.relation).as("more than counted, as before")
                        .isEqualTo(every.top.totalHits.relation).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
                assertThat(every.collected).as("Lucene alone scores nearly every match")
                        .isGreaterThan(searcher.count(whole) * 9 / 10);
                assertThat(skipping.collected).as("matches scored").isLessThan(every.collected / 2);
            }
        }
    }

    @Test
    void noDocumentScoresAboveTheBoundOfTheClausesItMatches() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
            index(writer);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = searcher(reader);
                Query ranked = searcher.rewrite(ranked());
                ClauseBounds bounds = new ClauseBounds(ranked, 1, searcher, new TermLookups(reader));
                List<Query> leaves = bounds.weakestFirst();
                ScoreDoc[] all = searcher.search(ranked, reader.maxDoc()).scoreDocs;

                for (int weak = 0; weak <= leaves.size(); weak++) {
                    Set<Integer> strong = new HashSet<>();
                    for (Query leaf : leaves.subList(weak, leaves.size())) {
                        for (ScoreDoc d : searcher.search(leaf, reader.maxDoc()).scoreDocs) {
                            strong.add(d.doc);
                        }
                    }
                    for (ScoreDoc d : all) {
                        if (!strong.contains(d.doc)) {
                            assertThat((double) d.score).as("doc %d with clauses below rank %d", d.doc, weak)
                                    .isLessThan(bounds.bound(weak));
                        }
                    }
                }
                assertThat(leaves).as("weakest first: the common word in the body before the rare word in the title")
                        .containsSubsequence(new TermQuery(new Term("body", "partner")),
                                new TermQuery(new Term("title", "price")));
            }
        }
    }

    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new Ranking());
        return searcher;
    }

    /** 3,000 documents of common words over four segments, a few with "price" in the title. */
    private static void index(IndexWriter writer) throws IOException {
        Random random = new Random(24);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 5 + random.nextInt(40); w++) {
                body.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
            }
            Document doc = new Document();
            doc.add(new TextField("title", i % 97 == 0 ? "price objections" : FILLER[random.nextInt(FILLER.length)],
                    Field.Store.NO));
            doc.add(new TextField("body", body.toString(), Field.Store.NO));
            doc.add(new NumericDocValuesField("weight", 1 + random.nextInt(2)));
            writer.addDocument(doc);
            if (i % 800 == 799) {
                writer.commit();
            }
        }
        writer.commit();
    }

    /** The shape of a parsed search: concepts as disjunctions of best matches over fields, a proximity bonus. */
    private static Query ranked() {
        Query price = new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", "price")), 2.5f),
                new TermQuery(new Term("body", "price")), new BoostQuery(new TermQuery(new Term("body", "partner")), 0.5f)),
                0.1f);
        Query objection = new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", "object")), 2.5f),
                new TermQuery(new Term("body", "object")), new BoostQuery(new TermQuery(new Term("body", "handl")), 0.75f)),
                0.1f);
        Query concepts = new BooleanQuery.Builder().add(price, BooleanClause.Occur.SHOULD)
                .add(objection, BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
        return new BooleanQuery.Builder().add(concepts, BooleanClause.Occur.MUST)
                .add(new BoostQuery(new PhraseQuery(4, "body", "price", "object"), 6f), BooleanClause.Occur.SHOULD)
                .build();
    }

    private record Counted(TopDocs top, int collected) {
    }

    /** The best {@code n} as a search collects them (exact count up to 100 matches), and how many it scored. */
    private static Counted collect(IndexSearcher searcher, Query query, int n) throws IOException {
        TopDocsCollector<?> page = new TopScoreDocCollectorManager(n, null, 100, false).newCollector();
        int[] collected = {0};
        Collector counting = new FilterCollector(page) {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                    @Override
                    public void collect(int doc) throws IOException {
                        collected[0]++;
                        in.collect(doc);
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.TOP_SCORES;
            }
        };
        searcher.search(query, counting);
        return new Counted(page.topDocs(), collected[0]);
    }

    private static List<String> scores(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            out.add(d.doc + ":" + Float.floatToIntBits(d.score));
        }
        return out;
    }
}
