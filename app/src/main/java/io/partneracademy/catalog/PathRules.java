package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.ContentText;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What each path requires, for features that act on it (certification, learning); no viewer, no visibility. */
@Singleton
public class PathRules {

    private final PathRepository paths;
    private final PathTranslationRepository translations;

    PathRules(PathRepository paths, PathTranslationRepository translations) {
        this.paths = paths;
        this.translations = translations;
    }

    /**
     * A path's certification rule.
     *
     * @param requirements per listed kind (courses, lab tracks), the required ids in order; kinds with none left out
     */
    public record Rule(String id, String title, Level level, String description, @Nullable String prerequisiteId,
                       @Nullable String examId, int validityMonths, Map<RequirementKind, List<String>> requirements,
                       String language) {

        /** The title with the language it is written in, for a page or a message that names the path. */
        public ContentText titleText() {
            return new ContentText(title, language);
        }
    }

    /** One path's rule, if the path exists. */
    public Optional<Rule> rule(String pathId) {
        return paths.findById(pathId).map(this::rule);
    }

    /** Every path's rule, Foundation first, then by title. */
    public List<Rule> all() {
        return paths.findAll().stream()
                .sorted(Comparator.comparing(LearningPath::level).thenComparing(LearningPath::title))
                .map(this::rule)
                .toList();
    }

    /**
     * Every path's rule with its title and description in the reader's language where the path is translated into
     * it (an outdated translation too), else the source's; ordered as {@link #all()}.
     */
    public List<Rule> all(@Nullable Locale reader) {
        List<Rule> all = all();
        if (reader == null) {
            return all;
        }
        Map<String, PathTranslationRepository.Row> translated = new HashMap<>();
        translations.findByLanguage(reader.getLanguage()).forEach(t -> translated.put(t.pathId(), t));
        return all.stream().map(r -> translated.containsKey(r.id()) ? localized(r, translated.get(r.id())) : r)
                .toList();
    }

    /** The path's title as translated into the reader's language; empty where it is not translated into it. */
    public Optional<String> translatedTitle(String pathId, Locale reader) {
        return translations.findByPath(pathId).stream().filter(t -> t.language().equals(reader.getLanguage()))
                .findFirst().map(PathTranslationRepository.Row::title);
    }

    /**
     * Path titles for one reader, read in one query: each path's title translated into their language where it is
     * (an outdated translation too), else the English source marked as such. For lists that name paths outside their
     * own pages (expiring certifications, team tables).
     */
    public Titles titles(@Nullable Locale reader) {
        if (reader == null || reader.getLanguage().equals(SOURCE_LANGUAGE)) {
            return new Titles(Map.of(), SOURCE_LANGUAGE);
        }
        Map<String, String> translated = new HashMap<>();
        translations.findByLanguage(reader.getLanguage()).forEach(t -> translated.put(t.pathId(), t.title()));
        return new Titles(translated, reader.getLanguage());
    }

    /** The language path files are written in; translations sit beside them (paths/&lt;id&gt;.&lt;lang&gt;.yaml). */
    public static final String SOURCE_LANGUAGE = "en";

    /** The path titles of one reader's language. */
    public static final class Titles {

        private final Map<String, String> translated;
        private final String language;

        private Titles(Map<String, String> translated, String language) {
            this.translated = translated;
            this.language = language;
        }

        /**
         * The path's title for the reader with the language it is written in (pages mark it with {@code fmt.lang});
         * {@code source}, its English title as stored, where the path is not translated into the reader's language.
         */
        public ContentText of(String pathId, String source) {
            String text = translated.get(pathId);
            return text != null ? new ContentText(text, language) : new ContentText(source, SOURCE_LANGUAGE);
        }
    }

    private static Rule localized(Rule rule, PathTranslationRepository.Row t) {
        return new Rule(rule.id(), t.title(), rule.level(), t.description(), rule.prerequisiteId(), rule.examId(),
                rule.validityMonths(), rule.requirements(), t.language());
    }

    /** Id and title of every published path of this level, by title: one query, for lists that show no rules. */
    public Map<String, String> titlesAt(Level level) {
        Map<String, String> titles = new LinkedHashMap<>();
        paths.findAll().stream().filter(p -> p.level() == level).sorted(Comparator.comparing(LearningPath::title))
                .forEach(p -> titles.put(p.id(), p.title()));
        return titles;
    }

    /** The ids of all published paths. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>();
        paths.findAll().forEach(p -> ids.add(p.id()));
        return ids;
    }

    private Rule rule(LearningPath p) {
        Map<RequirementKind, List<String>> requirements = new LinkedHashMap<>();
        for (RequirementKind kind : RequirementKind.LISTED) {
            List<String> ids = paths.findRequirements(p.id(), kind);
            if (!ids.isEmpty()) {
                requirements.put(kind, ids);
            }
        }
        return new Rule(p.id(), p.title(), p.level(), p.description(), p.prerequisiteId(), p.examId(),
                p.validityMonths(), requirements, SOURCE_LANGUAGE);
    }

    /** Paths that require this course, lab track or exam. */
    public List<String> pathsRequiring(RequirementKind kind, String refId) {
        return kind == RequirementKind.EXAM ? paths.findPathsWithExam(refId)
                : paths.findPathsRequiring(kind, refId);
    }

    /** Paths that need this path's certification first. */
    public List<String> pathsAfter(String pathId) {
        return paths.findPathsAfter(pathId);
    }
}
