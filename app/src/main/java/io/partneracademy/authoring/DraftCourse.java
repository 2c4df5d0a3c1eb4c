package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.catalog.CourseSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course as an author edits it: every field kept as typed, even when it is not valid yet. It becomes
 * content files (see {@link CourseFiles}) and is validated by the importer's own reader. The quiz pass mark is not
 * edited in the browser; a draft keeps the published course's.
 */
@Serdeable
public record DraftCourse(String id, String title, String summary, String language, @Nullable String minTier,
                          @Nullable List<String> partnerTypes, @Nullable List<Module> modules,
                          @Nullable Map<String, Lesson> lessons, @Nullable Integer quizPassMark) {

    // JSON leaves out empty lists and maps, so every collection may arrive as null.
    public DraftCourse {
        partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
        modules = modules == null ? List.of() : List.copyOf(modules);
        lessons = lessons == null ? new LinkedHashMap<>() : new LinkedHashMap<>(lessons);
    }

    /** A module and the ids of its lessons, in order. */
    @Serdeable
    public record Module(String id, String title, @Nullable List<String> lessonIds) {

        public Module {
            lessonIds = lessonIds == null ? List.of() : List.copyOf(lessonIds);
        }
    }

    /** A lesson's header fields and Markdown body. */
    @Serdeable
    public record Lesson(String id, String title, String minutes, @Nullable List<String> objectives, String language,
                         @Nullable String minTier, @Nullable List<String> partnerTypes, String markdown) {

        public Lesson {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
            partnerTypes = partnerTypes == null ? List.of() : List.copyOf(partnerTypes);
        }
    }

    /** The draft of an already published course. */
    static DraftCourse of(CourseSpec spec) {
        List<Module> modules = new ArrayList<>();
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        for (CourseSpec.ModuleSpec m : spec.modules()) {
            modules.add(new Module(m.id(), m.title(), m.lessons().stream().map(CourseSpec.LessonSpec::id).toList()));
            for (CourseSpec.LessonSpec l : m.lessons()) {
                lessons.put(l.id(), new Lesson(l.id(), l.title(), String.valueOf(l.minutes()), l.objectives(),
                        l.language(), tier(l.audience().minTier()), types(l.audience().partnerTypes()), l.markdown()));
            }
        }
        return new DraftCourse(spec.id(), spec.title(), spec.summary(), spec.language(),
                tier(spec.audience().minTier()), types(spec.audience().partnerTypes()), modules, lessons,
                spec.quizPassMark());
    }

    DraftCourse withDetails(String newTitle, String newSummary, String newLanguage, @Nullable String newMinTier,
                            List<String> newTypes) {
        return new DraftCourse(id, newTitle, newSummary, newLanguage, newMinTier, newTypes, modules, lessons, quizPassMark);
    }

    DraftCourse withModule(Module module) {
        List<Module> updated = new ArrayList<>(modules);
        updated.add(module);
        return new DraftCourse(id, title, summary, language, minTier, partnerTypes, updated, lessons, quizPassMark);
    }

    /** Adds the lesson to a module (new lessons) or replaces its content (existing lessons). */
    DraftCourse withLesson(String moduleId, Lesson lesson) {
        Map<String, Lesson> updatedLessons = new LinkedHashMap<>(lessons);
        boolean isNew = !lessons.containsKey(lesson.id());
        updatedLessons.put(lesson.id(), lesson);
        List<Module> updatedModules = modules.stream().map(m -> {
            if (isNew && m.id().equals(moduleId)) {
                List<String> ids = new ArrayList<>(m.lessonIds());
                ids.add(lesson.id());
                return new Module(m.id(), m.title(), ids);
            }
            return m;
        }).toList();
        return new DraftCourse(id, title, summary, language, minTier, partnerTypes, updatedModules, updatedLessons,
                quizPassMark);
    }

    private static String tier(@Nullable Enum<?> tier) {
        return tier == null ? null : tier.name();
    }

    private static List<String> types(java.util.Set<? extends Enum<?>> types) {
        return types.stream().map(Enum::name).sorted().toList();
    }
}
