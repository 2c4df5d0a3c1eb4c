package io.partneracademy.search;

import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Search as features use it: runs the viewer's search and remembers queries that found nothing. */
@Singleton
public class Search {

    private final SearchIndex index;
    private final SearchViewers viewers;
    private final SearchMissRepository misses;
    private final Clock clock;

    Search(SearchIndex index, SearchViewers viewers, SearchMissRepository misses, Clock clock) {
        this.index = index;
        this.viewers = viewers;
        this.misses = misses;
        this.clock = clock;
    }

    /** Results the user may see; a query with no result at all (before filters) is recorded for authors. */
    public SearchPage search(CurrentUser user, SearchRequest request) {
        SearchPage page = index.search(request, viewers.of(user));
        if (page.total() == 0 && !request.query().isBlank() && !request.hasFilters()) {
            String normalised = request.query().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            misses.record(normalised, clock.instant());
        }
        return page;
    }

    /** The most frequent queries that found nothing. */
    public List<SearchMiss> misses(int limit) {
        return misses.findTop(limit);
    }

    /** For each query, a line authors could add to content/synonyms.txt (empty when every word is known). */
    public java.util.Map<String, String> dictionaryLines(List<SearchMiss> found) {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        found.forEach(m -> lines.put(m.queryText(), index.dictionaryLine(m.queryText())));
        return lines;
    }
}
