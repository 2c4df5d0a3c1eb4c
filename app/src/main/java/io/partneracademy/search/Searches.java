package io.partneracademy.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.WeightedTerm;

import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one search on a borrowed searcher: query, visibility filter, facets, page, snippets. */
final class Searches {

    private static final int SNIPPET_CHARS = 180;
    private static final int FACET_VALUES = 15;
    /** Matches counted exactly (and by facet value); past this a page says "more than" and facets count this many. */
    static final int COUNTED = 1_000;

    private final LanguageAnalyzers analyzers;
    private final SearchQueries queries;
    private final Synonyms synonyms;
    private final IndexDocuments documents;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    Searches(LanguageAnalyzers analyzers, Synonyms synonyms, IndexDocuments documents) {
        this.analyzers = analyzers;
        this.queries = new SearchQueries(analyzers, synonyms);
        this.synonyms = synonyms;
        this.documents = documents;
    }

    SearchPage run(LibrarySearcher searcher, SearchRequest request, SearchViewer viewer, java.util.Set<String> languages)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        // Each term is looked up once per search: parsing asks about the words, and the query names them again.
        TermLookups lookups = new TermLookups(reader);
        Map<String, Boolean> lookedUp = new HashMap<>();
        SearchQueries.Parsed parsed = queries.parse(request.query(), request.interfaceLanguage(), languages,
                term -> lookedUp.computeIfAbsent(term, t -> known(lookups, IndexDocuments.RAW, t)),
                (language, term) -> lookedUp.computeIfAbsent(language + '\u0000' + term,
                        k -> known(lookups, LanguageAnalyzers.BODY + language, term)
                                || known(lookups, LanguageAnalyzers.TITLE + language, term)
                                || known(lookups, LanguageAnalyzers.TAGS + language, term)));
        Map<String, SharedFuzzyQuery.Automata> automata = fuzzyAutomata(parsed.query());
        // Rewritten once: the search, the snippets and the facet counts share the expanded typos and prefixes.
        Query text = lookups.attach(searcher.rewrite(parsed.query()));
        // Resources weigh twice a course or lesson (IndexDocuments.WEIGHT), read from a doc value per match.
        Query ranked = new DocWeightQuery(text, IndexDocuments.WEIGHT, IndexDocuments.MAX_WEIGHT);
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(ranked, BooleanClause.Occur.MUST);
        if (!viewer.all()) {
            all.add(visibility(viewer), BooleanClause.Occur.FILTER);
        }
        filter(all, IndexDocuments.KIND, request.kind());
        filter(all, IndexDocuments.TYPE, request.type());
        filter(all, IndexDocuments.LANGUAGE, request.language());
        filter(all, IndexDocuments.TAG, request.tag() == null ? null : request.tag().toLowerCase(java.util.Locale.ROOT));
        int wanted = (request.page() + 1) * request.size();
        // One pass: the page, where Lucene skips documents that cannot reach it once COUNTED matches have been seen,
        // and the facet counts of the first COUNTED matches. Up to COUNTED matches that is every match, so the total
        // and the facet counts are exact; past it, the page says "more than COUNTED" and the facets count COUNTED of
        // them. Collecting the best COUNTED instead (so that a broad query's facets counted the best) kept a queue of
        // a thousand, and with it a competitive score too low to skip anything, and cost half of a search. Lucene's
        // skipping alone left nearly every match scored (it passes no minimum score through the concepts' tie-breaking
        // disjunctions); once the page is full, matches of weak clauses only are left out (WeakClausesSkipped).
        Query whole = searcher.rewrite(all.build());
        Sort sort = sort(request);
        if (sort == null) {
            whole = new WeakClausesSkipped(whole, new ClauseBounds(text, IndexDocuments.MAX_WEIGHT, searcher, lookups));
        }
        Weight weight = searcher.createWeight(whole, ScoreMode.TOP_SCORES, 1f);
        TopDocsCollector<?> page = sort == null
                ? new TopScoreDocCollectorManager(wanted, null, COUNTED, false).newCollector()
                : new TopFieldCollectorManager(sort, wanted, null, COUNTED, false).newCollector();
        FacetsCollector counted = new FacetsCollector();
        searcher.collect(weight, new PageAndFirstMatches(page, counted, COUNTED));
        TopDocs top = page.topDocs();
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        long total = exact ? top.totalHits.value : Math.max(COUNTED, top.scoreDocs.length);
        List<SearchPage.Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        Map<String, WeightedTerm[]> marked = new HashMap<>();
        for (int i = request.page() * request.size(); i < Math.min(wanted, top.scoreDocs.length); i++) {
            hits.add(hit(stored.document(top.scoreDocs[i].doc), text, marked, searcher, top.scoreDocs[i].doc));
        }
        int pages = (int) Math.min(SearchRequest.MAX_PAGES, (total + request.size() - 1) / request.size());
        Map<String, List<SearchPage.FacetCount>> facets = total == 0 ? Map.of() : facets(searcher, counted);
        boolean confident = total == 0 || top.scoreDocs.length == 0 || close(searcher, parsed, top.scoreDocs[0].doc);
        List<String> suggestions = confident && total > 0 ? List.of() : Suggestions.of(reader, request.query(), parsed.unknown(),
                automata);
        return new SearchPage(request.query(), total, exact, request.page(), pages, hits, facets, confident, suggestions);
    }

    /** The automata of the query's misspelt words by edits and word ("2:implementaton"), built once it is rewritten. */
    private static Map<String, SharedFuzzyQuery.Automata> fuzzyAutomata(Query parsed) {
        Map<String, SharedFuzzyQuery.Automata> found = new HashMap<>();
        parsed.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query query, String field, java.util.function.Supplier<ByteRunAutomaton> a) {
                if (query instanceof SharedFuzzyQuery fuzzy) {
                    found.put(fuzzy.getMaxEdits() + ":" + fuzzy.getTerm().text(), fuzzy.automata());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found;
    }

    /**
     * Whether the first result matches enough of the query's concepts, each strictly (no wide typo matching), to
     * be presented as an answer: otherwise the page says there is no close match. Each concept is tried on the
     * result's own segment only: across the whole index every concept would be looked up in every segment.
     */
    private static boolean close(IndexSearcher searcher, SearchQueries.Parsed parsed, int doc) throws IOException {
        if (parsed.concepts().isEmpty()) {
            return true;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexSearcher segment = new IndexSearcher(leaf.reader());
        segment.setQueryCache(null);
        LeafReaderContext only = segment.getIndexReader().leaves().get(0);
        int local = doc - leaf.docBase;
        int matched = 0;
        for (Query concept : parsed.concepts()) {
            Weight weight = segment.createWeight(segment.rewrite(concept), ScoreMode.COMPLETE_NO_SCORES, 1f);
            Scorer scorer = weight.scorer(only);
            if (scorer != null) {
                TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
                DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
                matched += candidates.advance(local) == local && (twoPhase == null || twoPhase.matches()) ? 1 : 0;
            }
        }
        return matched >= SearchQueries.closeMatch(parsed.concepts().size());
    }

    /**
     * A line authors could add to the dictionary for a query that found nothing: its words the index and the
     * dictionary do not know, each with the closest indexed spelling, or "…" for the equivalent to fill in.
     */
    String dictionaryLine(IndexReader reader, String query) {
        List<String> parts = new ArrayList<>();
        for (String word : Synonyms.normalise(query).split(" ")) {
            if (word.isBlank() || LanguageAnalyzers.questionWord(word) || known(reader, word) || synonyms.has(word)) {
                continue;
            }
            parts.add(word + ", " + Suggestions.closest(reader, word).orElse("…"));
        }
        return String.join(" / ", parts);
    }

    private static boolean known(IndexReader reader, String term) {
        return known(reader, IndexDocuments.RAW, term);
    }

    private static boolean known(IndexReader reader, String field, String term) {
        try {
            return reader.docFreq(new Term(field, term)) > 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean known(TermLookups lookups, String field, String term) {
        try {
            return lookups.docFreq(new Term(field, term)) > 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Only documents for the viewer's tier or below, and for any partner type or the viewer's. */
    static Query visibility(SearchViewer viewer) {
        BooleanQuery.Builder types = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexDocuments.PARTNER_TYPE, IndexDocuments.ANY_TYPE)), BooleanClause.Occur.SHOULD);
        if (viewer.type() != null) {
            types.add(new TermQuery(new Term(IndexDocuments.PARTNER_TYPE, viewer.type().name())), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(IndexDocuments.TIER, 0, viewer.rank()), BooleanClause.Occur.FILTER)
                .add(types.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static Sort sort(SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> request.query().isBlank()
                    ? new Sort(new SortField(IndexDocuments.UPDATED, SortField.Type.LONG, true)) : null;
            case NEWEST -> new Sort(new SortField(IndexDocuments.UPDATED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case DOWNLOADS -> new Sort(new SortField(IndexDocuments.DOWNLOADS, SortField.Type.LONG, true),
                    SortField.FIELD_SCORE);
        };
    }

    private SearchPage.Hit hit(Document doc, Query text, Map<String, WeightedTerm[]> marked, IndexSearcher searcher,
                               int docId) throws IOException {
        String lang = doc.get(IndexDocuments.TEXT_LANGUAGE);
        long downloads = 0;
        // Read from the hit's own segment: a view over all segments opens every segment's values for each hit.
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        var values = leaf.reader().getNumericDocValues(IndexDocuments.DOWNLOADS);
        if (values != null && values.advanceExact(docId - leaf.docBase)) {
            downloads = values.longValue();
        }
        WeightedTerm[] terms = marked.computeIfAbsent(lang, l -> markedTerms(text, LanguageAnalyzers.BODY + l));
        return new SearchPage.Hit(doc.get(IndexDocuments.KEY), doc.get(IndexDocuments.KIND),
                doc.get(LanguageAnalyzers.TITLE + lang), doc.get(IndexDocuments.SUBTITLE), doc.get(IndexDocuments.URL),
                doc.get(IndexDocuments.TYPE), doc.get(IndexDocuments.LANGUAGE),
                Arrays.asList(doc.getValues(IndexDocuments.TAG)), snippet(terms, lang, doc.get(LanguageAnalyzers.BODY)),
                downloads, doc.get(IndexDocuments.SUBTITLE_LANGUAGE));
    }

    /**
     * The terms of a rewritten query in one body field (typos and prefixes already expanded to indexed words):
     * what a snippet marks. Collected once per search and language, not once per result.
     */
    static WeightedTerm[] markedTerms(Query rewritten, String field) {
        java.util.Set<Term> terms = new java.util.HashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        return terms.stream().filter(t -> t.field().equals(field)).map(t -> new WeightedTerm(1f, t.text()))
                .toArray(WeightedTerm[]::new);
    }

    /** The best passages with matches in {@code <mark>}; every character of the text itself is HTML-escaped. */
    String snippet(WeightedTerm[] terms, String lang, String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        if (terms.length > 0) {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                    new SimpleHTMLEncoder(), new QueryTermScorer(terms));
            highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
            highlighter.setMaxDocCharsToAnalyze(IndexDocuments.STORED_BODY_CHARS);
            try {
                String[] fragments = highlighter.getBestFragments(analyzers.forLanguage(lang),
                        LanguageAnalyzers.BODY + lang, body, 2);
                if (fragments.length > 0) {
                    return String.join(" … ", Arrays.stream(fragments).map(Searches::fromAWord).toList());
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // fall through to the opening of the text
            }
        }
        String opening = body.length() > SNIPPET_CHARS ? body.substring(0, SNIPPET_CHARS) + "…" : body;
        return SimpleHTMLEncoder.htmlEncode(opening);
    }

    /**
     * A passage as it should start: at a word, not with what ended the text before it. The highlighter cuts between
     * words, so a passage began ". Slide 8" or ", and"; the HTML encoding writes ideographic punctuation as entities.
     */
    static String fromAWord(String passage) {
        return LEADING_PUNCTUATION.matcher(passage).replaceFirst("");
    }

    private static final java.util.regex.Pattern LEADING_PUNCTUATION =
            java.util.regex.Pattern.compile("^(?:[\\s.,;:!?)\\]}]|&#(?:12289|12290|65289|65292|65294|65306|65307);)+");

    private Map<String, List<SearchPage.FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        SortedSetDocValuesReaderState readerState = state(searcher.getIndexReader());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(readerState, collector);
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        java.util.Set<String> indexed = new java.util.HashSet<>();
        readerState.getDims().forEach(indexed::add);
        for (String dim : IndexDocuments.FACETS) {
            List<SearchPage.FacetCount> values = new ArrayList<>();
            // a dimension no document has yet (no resource has tags) has no counts
            FacetResult result = indexed.contains(dim) ? counts.getTopChildren(FACET_VALUES, dim) : null;
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new SearchPage.FacetCount(lv.label, lv.value.longValue(),
                            dim.equals(IndexDocuments.TAG) ? languages(counts, lv.label) : List.of()));
                }
            }
            facets.put(dim, values);
        }
        return facets;
    }

    /** The languages of the matches that carry a tag, the most common first. */
    private static List<String> languages(SortedSetDocValuesFacetCounts counts, String tag) throws IOException {
        FacetResult result = counts.getTopChildren(FACET_VALUES, IndexDocuments.TAG, tag);
        return result == null ? List.of() : Arrays.stream(result.labelValues).map(lv -> lv.label).toList();
    }

    /**
     * Passes every match to the page's collector and the first {@code limit} matches (in index order) to a facets
     * collector, in the same pass. The page's collector decides how the scorers skip: it lets them skip only after
     * {@code limit} matches, so the facets see every match up to that many.
     */
    private static final class PageAndFirstMatches implements Collector {
        private final Collector page;
        private final FacetsCollector facets;
        private int left;

        PageAndFirstMatches(Collector page, FacetsCollector facets, int limit) {
            this.page = page;
            this.facets = facets;
            this.left = limit;
        }

        @Override
        public ScoreMode scoreMode() {
            return page.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector pageLeaf = page.getLeafCollector(context);
            if (left <= 0) {
                return pageLeaf;
            }
            LeafCollector facetLeaf = facets.getLeafCollector(context);
            return new FilterLeafCollector(pageLeaf) {
                @Override
                public void collect(int doc) throws IOException {
                    in.collect(doc);
                    if (left > 0) {
                        facetLeaf.collect(doc);
                        left--;
                    }
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return in.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    in.finish();
                    facetLeaf.finish();
                }
            };
        }
    }

    /** Facet ordinals are per reader; building them is the expensive part, so it is done once per refresh. */
    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            state = new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig());
            stateReader = reader;
        }
        return state;
    }
}
