package io.partneracademy.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A misspelt word's automata are built once and serve every field; what it matches is Lucene's own fuzzy match. */
class SharedFuzzyQueryTest {

    @Test
    void matchesWhatLucenesFuzzyQueryMatchesInEveryFieldWhileBuildingTheAutomataOnce() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (List<String> words : List.of(List.of("implementation", "implementations"), List.of("implement", "deal"),
                    List.of("deals", "dean"), List.of("supplementation", "complementation"))) {
                Document doc = new Document();
                for (String w : words) {
                    doc.add(new StringField("title", w, Field.Store.NO));
                    doc.add(new StringField("body", w, Field.Store.NO));
                }
                writer.addDocument(doc);
                writer.commit(); // several segments: Lucene shares automata between them on its own, not between fields
            }
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SharedFuzzyQuery.Automata automata = new SharedFuzzyQuery.Automata();
                for (String field : List.of("title", "body")) {
                    Query shared = new SharedFuzzyQuery(new Term(field, "implementaton"), 2, 16, new BestTermRewrite(16),
                            automata);
                    Query lucene = new FuzzyQuery(new Term(field, "implementaton"), 2, 1, 16, true, new BestTermRewrite(16));
                    assertThat(searcher.rewrite(shared)).isEqualTo(searcher.rewrite(lucene));
                    assertThat(terms(searcher.rewrite(shared))).containsExactlyInAnyOrder(
                            new Term(field, "implementation"), new Term(field, "implementations"));
                }
                assertThat(automata.built).as("built by the first field's rewrite").isNotNull();

                // Proof that the second query used the first one's automata instead of building its own: given the
                // automata of "deal", a query for "dean" finds the neighbours of "deal".
                SharedFuzzyQuery.Automata ofDeal = new SharedFuzzyQuery.Automata();
                searcher.rewrite(new SharedFuzzyQuery(new Term("title", "deal"), 1, 16, new BestTermRewrite(16), ofDeal));
                Query dean = new SharedFuzzyQuery(new Term("body", "dean"), 1, 16, new BestTermRewrite(16), ofDeal);
                assertThat(terms(searcher.rewrite(dean))).contains(new Term("body", "deals"));
            }
        }
    }

    private static Set<Term> terms(Query rewritten) {
        Set<Term> terms = new HashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        return terms;
    }
}
