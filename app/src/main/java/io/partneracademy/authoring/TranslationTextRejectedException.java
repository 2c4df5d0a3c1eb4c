package io.partneracademy.authoring;

import io.partneracademy.content.ContentProblem;
import io.partneracademy.web.InvalidInputException;

import java.util.List;

/** A translation's text that the importer would refuse, with each problem as {@code file:line: message}. */
class TranslationTextRejectedException extends InvalidInputException {

    private final transient List<ContentProblem> problems;

    TranslationTextRejectedException(List<ContentProblem> problems) {
        super("translations.editor.text-invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, by line. */
    List<ContentProblem> problems() {
        return problems;
    }
}
