package io.partneracademy.search;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one owner of the Lucene index: its {@link IndexWriter} and the {@link SearcherManager} every search
 * borrows from. Documents are keyed by a stable id and replaced group by group, atomically. The index is
 * derived data: at start an index that is missing, unreadable or of another schema is wiped, and the
 * synchronizer refills it from the database.
 */
@Singleton
public class SearchIndex implements AutoCloseable {

    /** Bump when fields or analysis change: an index of another schema is rebuilt at start. */
    static final String SCHEMA = "library-5";
    private static final String SCHEMA_KEY = "schema";
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final Ranking RANKING = new Ranking();

    private final Path dir;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final IndexDocuments documents = new IndexDocuments();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Searches searches;
    private final Map<String, String> stamps = new ConcurrentHashMap<>();
    /** Analyzer languages of indexed text: queries are analyzed only for these. */
    private final java.util.Set<String> languages = ConcurrentHashMap.newKeySet();
    private final boolean freshlyCreated;

    SearchIndex(SearchSettings settings) {
        this.dir = settings.indexDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            boolean usable = usable(dir);
            if (!usable) {
                wipe(dir);
            }
            this.freshlyCreated = !usable;
            this.directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            writer.commit();
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new LibrarySearcher(reader);
                    searcher.setSimilarity(RANKING);
                    return searcher;
                }
            });
            loadStamps();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
        this.searches = new Searches(analyzers, Synonyms.read(settings.synonymsFile()), documents);
        LOG.info("Search index in {}: {} ({} groups)", dir, freshlyCreated ? "created, will be filled from the database"
                : "opened", stamps.size());
    }

    /** Opens (or creates) an index outside the application, for tools and benchmarks. */
    public static SearchIndex open(Path indexDir, Path synonymsFile) {
        return new SearchIndex(new SearchSettings(indexDir, synonymsFile));
    }

    /** Searches what the viewer may see; visibility is part of the Lucene query, so counts and facets obey it. */
    public SearchPage search(SearchRequest request, SearchViewer viewer) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searches.run((LibrarySearcher) searcher, request, viewer, languages);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dictionary line to suggest for a query that found nothing (see content/synonyms.txt); empty if none. */
    public String dictionaryLine(String query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searches.dictionaryLine(searcher.getIndexReader(), query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces all documents of a group with these (none deletes the group), visible to the next search. */
    public void replace(String group, String stamp, List<SearchDocument> docs) {
        replaceAll(Map.of(group, new Group(stamp, docs)));
    }

    /** Replaces many groups, then makes them visible at once. */
    public synchronized void replaceAll(Map<String, Group> groups) {
        try {
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                List<Document> docs = g.getValue().docs().stream()
                        .map(d -> documents.toLucene(d, g.getKey(), g.getValue().stamp())).toList();
                g.getValue().docs().forEach(d -> languages.add(LanguageAnalyzers.key(d.language())));
                if (docs.isEmpty()) {
                    writer.deleteDocuments(new Term(IndexDocuments.GROUP, g.getKey()));
                    stamps.remove(g.getKey());
                } else {
                    writer.updateDocuments(new Term(IndexDocuments.GROUP, g.getKey()), docs);
                    stamps.put(g.getKey(), g.getValue().stamp());
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a group's documents. */
    public void delete(String group) {
        replaceAll(Map.of(group, new Group("", List.of())));
    }

    /** Updates the download count used to sort by "most downloaded" without re-indexing the document. */
    public synchronized void setDownloads(String key, long downloads) {
        try {
            writer.updateNumericDocValue(new Term(IndexDocuments.KEY, key), IndexDocuments.DOWNLOADS, downloads);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index; the synchronizer fills it again. */
    synchronized void clear() {
        try {
            writer.deleteAll();
            stamps.clear();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written durable; cheap when nothing changed. */
    public synchronized void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stamp of every indexed group. */
    Map<String, String> stamps() {
        return new HashMap<>(stamps);
    }

    /** True when this start found no usable index and created an empty one. */
    public boolean freshlyCreated() {
        return freshlyCreated;
    }

    /** Number of documents searches see now. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed", e);
        }
    }

    private void loadStamps() throws IOException {
        try (IndexReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        Document doc = fields.document(i, java.util.Set.of(IndexDocuments.GROUP, IndexDocuments.STAMP,
                                IndexDocuments.TEXT_LANGUAGE));
                        stamps.put(doc.get(IndexDocuments.GROUP), doc.get(IndexDocuments.STAMP));
                        languages.add(doc.get(IndexDocuments.TEXT_LANGUAGE));
                    }
                }
            }
        }
    }

    private static boolean usable(Path dir) {
        try (FSDirectory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                LOG.info("No search index in {}", dir);
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                String schema = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
                if (!SCHEMA.equals(schema)) {
                    LOG.warn("Search index in {} has schema {}, not {}: rebuilding it", dir, schema, SCHEMA);
                    return false;
                }
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index in {} cannot be read ({}): rebuilding it", dir, e.toString());
            return false;
        }
    }

    private static void wipe(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The documents of one group and the stamp they were made from. */
    public record Group(String stamp, List<SearchDocument> docs) {

        public Group {
            docs = List.copyOf(docs);
        }
    }
}
