package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.markdown.MarkdownText;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.search.SearchDocument;
import io.partneracademy.search.SearchSource;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Published courses and their lessons, from the current version of each course only: drafts are never
 * indexed, and a course or lesson keeps the audience (tier, partner types) the catalog enforces.
 */
@Singleton
class CatalogSearchSource implements SearchSource {

    private static final String PREFIX = "course:";

    private final CatalogPublisher catalog;

    CatalogSearchSource(CatalogPublisher catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<String, String> stamps() {
        Map<String, String> stamps = new TreeMap<>();
        for (CatalogPublisher.PublishedCourse c : catalog.published()) {
            stamps.put(PREFIX + c.id(), c.version() + "@" + c.publishedAt().toEpochMilli());
        }
        return stamps;
    }

    @Override
    public boolean owns(String group) {
        return group.startsWith(PREFIX);
    }

    @Override
    public List<SearchDocument> documents(String group) {
        String courseId = group.substring(PREFIX.length());
        Optional<CatalogPublisher.PublishedCourse> published = catalog.published().stream()
                .filter(c -> c.id().equals(courseId)).findFirst();
        Optional<CourseSpec> spec = catalog.current(courseId);
        if (published.isEmpty() || spec.isEmpty()) {
            return List.of();
        }
        long updated = published.get().publishedAt().toEpochMilli();
        CourseSpec course = spec.get();
        List<SearchDocument> docs = new ArrayList<>();
        StringBuilder outline = new StringBuilder(course.summary());
        for (CourseSpec.ModuleSpec module : course.modules()) {
            outline.append('\n').append(module.title());
            for (CourseSpec.LessonSpec lesson : module.lessons()) {
                outline.append('\n').append(lesson.title());
                Audience both = both(course.audience(), lesson.audience());
                if (both == null) {
                    continue;
                }
                docs.add(new SearchDocument("lesson:" + courseId + "/" + lesson.id(), SearchDocument.Kind.LESSON,
                        lesson.title(), course.title(), "/courses/" + courseId + "/lessons/" + lesson.id(), "lesson",
                        lesson.language(), List.of(), MarkdownText.of(lesson.markdown()), both.minTier(),
                        both.partnerTypes(), updated, 0, course.language()));
            }
        }
        docs.add(0, new SearchDocument(PREFIX + courseId, SearchDocument.Kind.COURSE, course.title(), null,
                "/courses/" + courseId, "course", course.language(), List.of(), outline.toString(),
                course.audience().minTier(), course.audience().partnerTypes(), updated, 0));
        return docs;
    }

    /** A lesson is seen by those its course admits and it admits; null when no partner can be both. */
    @Nullable
    static Audience both(Audience course, Audience lesson) {
        Tier tier = max(course.minTier(), lesson.minTier());
        Set<PartnerType> types;
        if (course.partnerTypes().isEmpty()) {
            types = lesson.partnerTypes();
        } else if (lesson.partnerTypes().isEmpty()) {
            types = course.partnerTypes();
        } else {
            types = new HashSet<>(course.partnerTypes());
            types.retainAll(lesson.partnerTypes());
            if (types.isEmpty()) {
                return null;
            }
        }
        return new Audience(tier, types);
    }

    @Nullable
    private static Tier max(@Nullable Tier a, @Nullable Tier b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
