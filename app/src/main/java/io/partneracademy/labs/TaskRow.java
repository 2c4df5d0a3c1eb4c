package io.partneracademy.labs;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** A task of one lab track version as stored, check included (the expected answer never leaves the server). */
@Introspected
record TaskRow(String taskId, int position, String title, String instructions, String hints, String checkType,
               @Nullable String matchMode, @Nullable String expected, @Nullable BigDecimal tolerance,
               boolean ignoreCase, @Nullable String whitespace, @Nullable String allowedTypes,
               @Nullable Long maxBytes, boolean needsReview) {

    /** This task with a translation's text; its hints only where the translation gives some. */
    TaskRow translated(String title, String instructions, String hints) {
        return new TaskRow(taskId, position, title, instructions, hints.isEmpty() ? this.hints : hints, checkType,
                matchMode, expected, tolerance, ignoreCase, whitespace, allowedTypes, maxBytes, needsReview);
    }

    LabTrackSpec.CheckType type() {
        return LabTrackSpec.CheckType.valueOf(checkType);
    }

    List<String> hintList() {
        return hints.isEmpty() ? List.of() : List.of(hints.split(LabPublisher.HINT_SEPARATOR, -1));
    }

    List<FileType> fileTypes() {
        return allowedTypes == null || allowedTypes.isEmpty() ? List.of()
                : Arrays.stream(allowedTypes.split(",")).map(FileType::valueOf).toList();
    }

    /** Artifacts always need a reviewer; attestations when the author asked for one. */
    boolean reviewed() {
        return type() == LabTrackSpec.CheckType.ARTIFACT || (type() == LabTrackSpec.CheckType.ATTEST && needsReview);
    }

    LabTrackSpec.Check check() {
        return new LabTrackSpec.Check(type(), matchMode == null ? null : LabTrackSpec.Match.valueOf(matchMode),
                AnswerCheck.split(expected), tolerance, ignoreCase,
                whitespace == null ? null : LabTrackSpec.Whitespace.valueOf(whitespace), fileTypes(),
                maxBytes == null ? 0 : maxBytes, needsReview);
    }
}
