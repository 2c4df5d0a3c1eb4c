package io.partneracademy.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A search's terms looked up once give the statistics, matches and scores Lucene's own lookups give. */
class TermLookupsTest {

    private static final List<String> TEXTS = List.of("pricing objections playbook", "objection handling for pricing",
            "partner pricing guide", "deal registration guide", "pricing pricing pricing", "handling a deal",
            "objections about the price and pricing objections", "a pricing playbook for every objection");

    @Test
    void attachedQueryFindsAndScoresEveryDocumentExactlyAsLuceneDoes() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
            index(writer);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = searcher.rewrite(query());

                Query attached = new TermLookups(reader).attach(query);

                assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(2);
                assertThat(attached.toString()).isEqualTo(query.toString());
                assertThat(attached.hashCode()).as("orders disjunctions as before").isEqualTo(query.hashCode());
                assertThat(lookedUp(attached)).as("term clauses and phrases that carry their lookups").containsExactlyInAnyOrder(
                        "body:price", "body:object", "body:handl", "body:guid", "title:price",
                        "body:\"price object\"~4", "body:\"object handl\"", "body:\"partner nowher\"");
                TopDocs own = searcher.search(query, 10);
                TopDocs looked = searcher.search(attached, 10);
                assertThat(looked.totalHits).isEqualTo(own.totalHits);
                assertThat(scores(looked)).isEqualTo(scores(own));
            }
        }
    }

    @Test
    void aTermNamedTwiceIsLookedUpOnceAndCountsDeletedDocumentsAsTheReaderDoes() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
            index(writer);
            writer.deleteDocuments(new Term("body", "registr"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                TermLookups lookups = new TermLookups(reader);

                BooleanQuery attached = (BooleanQuery) lookups.attach(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("body", "price")), BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(new TermQuery(new Term("body", "price")), 2f), BooleanClause.Occur.SHOULD)
                        .build());

                TermQuery first = (TermQuery) attached.clauses().get(0).getQuery();
                TermQuery second = (TermQuery) ((BoostQuery) attached.clauses().get(1).getQuery()).getQuery();
                assertThat(first.getTermStates()).isNotNull().isSameAs(second.getTermStates());
                for (String word : List.of("price", "deal", "registr", "guid", "nowhere")) {
                    assertThat(lookups.docFreq(new Term("body", word))).as(word)
                            .isEqualTo(reader.docFreq(new Term("body", word)));
                }
                assertThat(lookups.docFreq(new Term("no_such_field", "price"))).isZero();
            }
        }
    }

    private static void index(IndexWriter writer) throws Exception {
        for (String text : TEXTS) {
            Document doc = new Document();
            doc.add(new TextField("title", text.substring(0, text.indexOf(' ')), Field.Store.NO));
            doc.add(new TextField("body", text, Field.Store.NO));
            writer.addDocument(doc);
            writer.commit(); // one segment per document: each term is looked up in several
        }
    }

    /** The shapes a parsed search is made of: concepts of boosted words, phrases near each other, an excluded word. */
    private static Query query() {
        Query price = new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", "price")), 2.5f),
                new TermQuery(new Term("body", "price"))), 0.1f);
        Query objection = new DisjunctionMaxQuery(List.of(new TermQuery(new Term("body", "object")),
                new BoostQuery(new TermQuery(new Term("body", "handl")), 0.75f)), 0.1f);
        Query concepts = new BooleanQuery.Builder().add(price, BooleanClause.Occur.SHOULD)
                .add(objection, BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
        Query near = new DisjunctionMaxQuery(List.of(new PhraseQuery(4, "body", "price", "object"),
                new PhraseQuery("body", "object", "handl"), new PhraseQuery("body", "partner", "nowher")), 0f);
        return new BooleanQuery.Builder().add(concepts, BooleanClause.Occur.MUST)
                .add(new BoostQuery(near, 6f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", "guid")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", "deal")), BooleanClause.Occur.MUST_NOT).build();
    }

    private static List<String> lookedUp(Query query) {
        List<String> found = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                if (q instanceof TermQuery t && t.getTermStates() != null || q instanceof LookedUpPhraseQuery) {
                    found.add(q.toString());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return found;
    }

    private static List<String> scores(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            out.add(d.doc + ":" + Float.floatToIntBits(d.score));
        }
        return out;
    }
}
