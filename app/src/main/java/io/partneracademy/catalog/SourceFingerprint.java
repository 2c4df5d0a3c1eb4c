package io.partneracademy.catalog;

import io.partneracademy.web.Secrets;

/**
 * What a translation records as the source it was made from: the first 12 hex digits of a SHA-256 over the source
 * text a reader sees (titles, summary, objectives, body). When the source text changes, so does its fingerprint, and
 * translations still naming the old one are outdated. Minutes, audience and attachments do not count.
 */
public final class SourceFingerprint {

    /** Hex digits kept: enough to tell versions of one text apart, short enough to type. */
    public static final int LENGTH = 12;

    private SourceFingerprint() {
    }

    /** The fingerprint of a source lesson. */
    public static String of(CourseSpec.LessonSpec lesson) {
        return hash(lesson.title(), String.join("\n", lesson.objectives()), lesson.markdown());
    }

    /** The fingerprint of a source course's own text: title, summary and module titles. */
    public static String of(CourseSpec course) {
        StringBuilder modules = new StringBuilder();
        course.modules().forEach(m -> modules.append(m.id()).append('\t').append(m.title()).append('\n'));
        return hash(course.title(), course.summary(), modules.toString());
    }

    /** The fingerprint of a source path's own text: title and description. */
    public static String of(PathSpec path) {
        return hash(path.title(), path.description());
    }

    /** The fingerprint of any source text made of these parts in this order (a lab track's, for instance). */
    public static String ofParts(String... parts) {
        return hash(parts);
    }

    private static String hash(String... parts) {
        StringBuilder canonical = new StringBuilder();
        for (String part : parts) {
            canonical.append(part.length()).append(':').append(part).append('|');
        }
        return Secrets.sha256(canonical.toString()).substring(0, LENGTH);
    }
}
