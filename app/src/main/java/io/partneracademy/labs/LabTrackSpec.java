package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.SourceFingerprint;

import java.math.BigDecimal;
import java.util.List;

/** A lab track as authored in {@code content/labs/<id>.yaml}: validated, ready to publish. */
public record LabTrackSpec(String id, String title, String summary, String pathId, Ordering ordering,
                           List<TaskSpec> tasks) {

    public LabTrackSpec {
        tasks = List.copyOf(tasks);
    }

    /**
     * The fingerprint of the text a learner reads (title, summary, each task's id, title, instructions and hints)
     * that a translation names as its source; checks and ordering do not count.
     */
    public String sourceFingerprint() {
        StringBuilder text = new StringBuilder();
        for (TaskSpec task : tasks) {
            text.append(task.id()).append('\t').append(task.title()).append('\n').append(task.instructions())
                    .append('\n').append(String.join("\n", task.hints())).append('\u001e');
        }
        return SourceFingerprint.ofParts(title, summary, text.toString());
    }

    /** Whether tasks must be done in the listed order. */
    public enum Ordering { SEQUENCE, ANY }

    /** One task: Markdown instructions, optional hints, and how it is checked. */
    public record TaskSpec(String id, String title, String instructions, List<String> hints, Check check) {

        public TaskSpec {
            hints = List.copyOf(hints);
        }
    }

    /** How a task is checked. */
    public enum CheckType { ANSWER, ARTIFACT, ATTEST }

    /** How a submitted answer is compared with the expected one. */
    public enum Match { EXACT, REGEX, NUMBER }

    /** What happens to whitespace in an answer before it is compared. */
    public enum Whitespace { EXACT, TRIM, COLLAPSE, IGNORE }

    /**
     * A task's check. Answer checks use match, expected, tolerance, ignoreCase and whitespace; artifact checks
     * use fileTypes and maxBytes; attest checks use needsReview (artifacts always need a review).
     */
    public record Check(CheckType type, @Nullable Match match, List<String> expected, @Nullable BigDecimal tolerance,
                        boolean ignoreCase, @Nullable Whitespace whitespace, List<FileType> fileTypes, long maxBytes,
                        boolean needsReview) {

        public Check {
            expected = List.copyOf(expected);
            fileTypes = List.copyOf(fileTypes);
        }

        /** An answer check. */
        public static Check answer(Match match, List<String> expected, @Nullable BigDecimal tolerance,
                                   boolean ignoreCase, Whitespace whitespace) {
            return new Check(CheckType.ANSWER, match, expected, tolerance, ignoreCase, whitespace, List.of(), 0, false);
        }

        /** An uploaded file that a reviewer passes or fails. */
        public static Check artifact(List<FileType> fileTypes, long maxBytes) {
            return new Check(CheckType.ARTIFACT, null, List.of(), null, false, null, fileTypes, maxBytes, true);
        }

        /** The learner confirms they did it; optionally a reviewer signs it off. */
        public static Check attest(boolean needsReview) {
            return new Check(CheckType.ATTEST, null, List.of(), null, false, null, List.of(), 0, needsReview);
        }
    }
}
