package io.partneracademy.catalog;

import io.partneracademy.markdown.MarkdownRenderer;
import jakarta.inject.Singleton;

/** Renders an author's Markdown exactly as learners will see it (same renderer, same sanitizer). */
@Singleton
public class LessonPreview {

    private final MarkdownRenderer renderer;

    LessonPreview(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    public String render(String courseId, String markdown) {
        return renderer.render(courseId, markdown);
    }
}
