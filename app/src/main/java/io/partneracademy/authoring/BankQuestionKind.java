package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The question types an author writes on the bank page: ordering, matching, short text (accepted texts or patterns)
 * and numerical (short text whose accepted answers are numbers with a tolerance).
 */
enum BankQuestionKind {
    ORDERING, MATCHING, SHORT_TEXT, NUMERICAL;

    /** The kind as it appears in a path ({@code short-text}). */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The {@code type:} of a bank question of this kind. */
    String type() {
        return this == NUMERICAL ? "short-text" : slug();
    }

    static Optional<BankQuestionKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst();
    }

    /** The kind of a stored question, empty for the choice types (edited elsewhere). */
    static Optional<BankQuestionKind> of(ExamSpec.Question q) {
        return switch (q.type()) {
            case ORDERING -> Optional.of(ORDERING);
            case MATCHING -> Optional.of(MATCHING);
            case SHORT_TEXT -> Optional.of(q.item().accepted().stream().anyMatch(ExamSpec.Accepted::numeric)
                    ? NUMERICAL : SHORT_TEXT);
            default -> Optional.empty();
        };
    }
}
