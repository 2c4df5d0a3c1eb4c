package io.partneracademy.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A course as authored, in files or in the browser: everything one published version consists of. */
public record CourseSpec(String id, String title, String summary, String language, Audience audience,
                         List<ModuleSpec> modules, Map<String, byte[]> assets) {

    public CourseSpec {
        modules = List.copyOf(modules);
        assets = new TreeMap<>(assets);
    }

    /** A module: a titled group of lessons. */
    public record ModuleSpec(String id, String title, List<LessonSpec> lessons) {

        public ModuleSpec {
            lessons = List.copyOf(lessons);
        }
    }

    /** A lesson: metadata from its YAML header and its Markdown body. */
    public record LessonSpec(String id, String title, int minutes, List<String> objectives, String language,
                             Audience audience, String markdown) {

        public LessonSpec {
            objectives = List.copyOf(objectives);
        }
    }
}
