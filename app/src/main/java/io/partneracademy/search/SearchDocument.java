package io.partneracademy.search;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;

import java.util.List;
import java.util.Set;

/**
 * One searchable thing (a resource, a course or a lesson) as a source hands it to the index.
 *
 * @param key          stable id, unique in the index ("resource:roi-method", "lesson:course/lesson")
 * @param subtitle     shown under the title (a lesson's course title); written in {@code subtitleLanguage}
 * @param minTier      lowest partner tier that may see it; null for everyone
 * @param partnerTypes partner types that may see it; empty for all types
 */
public record SearchDocument(String key, Kind kind, String title, @Nullable String subtitle, String url,
                             String type, String language, List<String> tags, String body,
                             @Nullable Tier minTier, Set<PartnerType> partnerTypes, long updatedAtMillis,
                             long downloads, @Nullable String subtitleLanguage) {

    public SearchDocument {
        tags = List.copyOf(tags);
        partnerTypes = Set.copyOf(partnerTypes);
        subtitleLanguage = subtitle == null ? null : subtitleLanguage == null ? language : subtitleLanguage;
    }

    /** A document whose subtitle, if any, is written in its own language. */
    public SearchDocument(String key, Kind kind, String title, @Nullable String subtitle, String url, String type,
                          String language, List<String> tags, String body, @Nullable Tier minTier,
                          Set<PartnerType> partnerTypes, long updatedAtMillis, long downloads) {
        this(key, kind, title, subtitle, url, type, language, tags, body, minTier, partnerTypes, updatedAtMillis,
                downloads, null);
    }

    /** What kind of thing a document is; also a facet. */
    public enum Kind { RESOURCE, COURSE, LESSON }
}
