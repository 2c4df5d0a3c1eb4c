package io.partneracademy.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Did you mean": unknown words replaced by the closest indexed word, with the search's automata when it has them. */
class SuggestionsTest {

    private static final List<String> TEXTS = List.of("implementation playbook", "implementation guide",
            "implementations", "deal registration", "playbooks for partners");

    @Test
    void misspeltWordsAreReplacedByTheClosestMostUsedIndexedWord() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir)) {

            List<String> suggested = Suggestions.of(reader, "Implementaton playbok", List.of("implementaton", "playbok"),
                    Map.of());

            assertThat(suggested).containsExactly("implementation playbook");
        }
    }

    @Test
    void aWordTheSearchExpandedWithinAsManyEditsReusesTheSearchsAutomata() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir)) {
            SharedFuzzyQuery.Automata ofImplementaton = new SharedFuzzyQuery.Automata();
            new IndexSearcher(reader).rewrite(new SharedFuzzyQuery(new Term(IndexDocuments.RAW, "implementaton"), 2, 16,
                    new BestTermRewrite(16), ofImplementaton));

            List<String> same = Suggestions.of(reader, "implementaton", List.of("implementaton"),
                    Map.of("2:implementaton", ofImplementaton));
            // Proof that they are used rather than built again: handed over as another word's, they find its neighbours.
            List<String> borrowed = Suggestions.of(reader, "registrations", List.of("registrations"),
                    Map.of("2:registrations", ofImplementaton));

            assertThat(same).containsExactly("implementation");
            assertThat(borrowed).containsExactly("implementation");
            assertThat(Suggestions.of(reader, "registrations", List.of("registrations"), Map.of()))
                    .containsExactly("registration");
        }
    }

    private static DirectoryReader index(ByteBuffersDirectory dir) throws Exception {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String text : TEXTS) {
                Document doc = new Document();
                doc.add(new TextField(IndexDocuments.RAW, text, Field.Store.NO));
                writer.addDocument(doc);
                writer.commit(); // several segments, as a real index has
            }
        }
        return DirectoryReader.open(dir);
    }
}
