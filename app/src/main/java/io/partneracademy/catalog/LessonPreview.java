package io.partneracademy.catalog;

import io.partneracademy.markdown.MarkdownRenderer;
import jakarta.inject.Singleton;

/** Renders an author's Markdown exactly as learners will see it (same renderer, same sanitizer, same links). */
@Singleton
public class LessonPreview {

    private final MarkdownRenderer renderer;

    LessonPreview(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /** A lesson body of the course as HTML. */
    public String render(String courseId, String markdown) {
        return renderer.render(markdown, links(courseId));
    }

    /** Where a lesson's relative links lead: other lessons of its course, and the course's attachments. */
    static MarkdownRenderer.Links links(String courseId) {
        return new MarkdownRenderer.Links("/courses/" + courseId + "/lessons/", "/courses/" + courseId + "/assets/");
    }
}
