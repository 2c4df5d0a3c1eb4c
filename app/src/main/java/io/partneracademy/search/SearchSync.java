package io.partneracademy.search;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the index converged on the database: every half second it compares each source's group stamps with
 * the indexed ones and re-indexes what differs, so a change on any node is searchable within a second. The
 * first pass after start ({@link SearchStartup}) fills an index that was just (re)created.
 */
@Singleton
public class SearchSync {

    private static final Logger LOG = LoggerFactory.getLogger(SearchSync.class);
    private static final int BATCH = 200;

    private final SearchIndex index;
    private final List<SearchSource> sources;

    SearchSync(SearchIndex index, List<SearchSource> sources) {
        this.index = index;
        this.sources = sources;
    }

    @Scheduled(fixedDelay = "${partneracademy.search.sync-interval:500ms}", initialDelay = "2s")
    void tick() {
        runQuietly();
    }

    /** Brings the index up to date with the database now; returns how many groups changed. */
    public synchronized int syncNow() {
        Map<String, String> indexed = index.stamps();
        Set<String> seen = new HashSet<>();
        Map<String, SearchIndex.Group> changes = new HashMap<>();
        int changed = 0;
        for (SearchSource source : sources) {
            for (Map.Entry<String, String> group : source.stamps().entrySet()) {
                seen.add(group.getKey());
                if (!group.getValue().equals(indexed.get(group.getKey()))) {
                    changes.put(group.getKey(), new SearchIndex.Group(group.getValue(), source.documents(group.getKey())));
                    changed += flushIfFull(changes);
                }
            }
        }
        for (String group : indexed.keySet()) {
            if (!seen.contains(group) && sources.stream().anyMatch(s -> s.owns(group))) {
                changes.put(group, new SearchIndex.Group("", List.of()));
            }
        }
        changed += changes.size();
        if (!changes.isEmpty()) {
            index.replaceAll(changes);
        }
        index.commit();
        return changed;
    }

    /** Empties the index and fills it again from the database (the admin's "rebuild"). */
    public synchronized int rebuild() {
        index.clear();
        int groups = syncNow();
        LOG.info("Search index rebuilt: {} groups", groups);
        return groups;
    }

    private int flushIfFull(Map<String, SearchIndex.Group> changes) {
        if (changes.size() < BATCH) {
            return 0;
        }
        index.replaceAll(changes);
        int n = changes.size();
        changes.clear();
        return n;
    }

    void runQuietly() {
        try {
            int changed = syncNow();
            if (changed > 0) {
                LOG.debug("Search index: {} groups re-indexed", changed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Search index sync failed; will retry", e);
        }
    }
}
