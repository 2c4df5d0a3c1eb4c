package io.partneracademy.catalog;

import jakarta.inject.Singleton;

/** Renders an author's Markdown exactly as learners will see it (same renderer, same sanitizer). */
@Singleton
public class LessonPreview {

    private final LessonRenderer renderer;

    LessonPreview(LessonRenderer renderer) {
        this.renderer = renderer;
    }

    public String render(String courseId, String markdown) {
        return renderer.render(courseId, markdown);
    }
}
