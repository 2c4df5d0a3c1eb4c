package io.partneracademy.library;

import io.partneracademy.search.SearchDocument;
import io.partneracademy.search.SearchSource;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Library resources for the search index: metadata, the text extracted at upload, and the download count. */
@Singleton
class ResourceSearchSource implements SearchSource {

    static final String PREFIX = "resource:";

    private final ResourceRepository resources;

    ResourceSearchSource(ResourceRepository resources) {
        this.resources = resources;
    }

    static String group(String id) {
        return PREFIX + id;
    }

    /** Changes with every new file and every metadata edit. */
    static String stamp(int version, java.time.Instant updatedAt) {
        return version + "@" + updatedAt.toEpochMilli();
    }

    @Override
    public Map<String, String> stamps() {
        Map<String, String> stamps = new TreeMap<>();
        for (StampRow row : resources.findStamps()) {
            stamps.put(group(row.id()), stamp(row.currentVersion(), row.updatedAt()));
        }
        return stamps;
    }

    @Override
    public boolean owns(String group) {
        return group.startsWith(PREFIX);
    }

    @Override
    public List<SearchDocument> documents(String group) {
        String id = group.substring(PREFIX.length());
        return resources.findById(id).map(r -> List.of(document(r,
                resources.findText(id, r.currentVersion()).orElse(""), resources.countDownloads(id))))
                .orElse(List.of());
    }

    static SearchDocument document(Resource r, String text, long downloads) {
        return new SearchDocument(group(r.id()), SearchDocument.Kind.RESOURCE, r.title(), null,
                "/library/resources/" + r.id(), r.type(), r.language(), r.tagList(), text, r.minTier(), Set.of(),
                r.updatedAt().toEpochMilli(), downloads);
    }
}
