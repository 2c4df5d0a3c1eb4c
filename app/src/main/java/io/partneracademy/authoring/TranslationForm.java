package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.web.FormPage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A translator's save: the translation file's text, and whether it now matches the current source (a checked box
 * sends {@code current}).
 */
@Serdeable
record TranslationForm(@Nullable String text, @Nullable String current) {

    /** The form as the editor opens: the translation's stored text, not yet marked current. */
    static TranslationForm of(String storedText) {
        return new TranslationForm(storedText, null);
    }

    public boolean markCurrent() {
        return current != null && !current.isBlank();
    }

    /** The text to save; an emptied box saves an empty file. */
    String textOrEmpty() {
        return text == null ? "" : text;
    }

    /**
     * A translation editor (a course's, a lesson's or an exam question's) drawn with this form's values and the text
     * being translated, loaded only when the page is drawn. A refused text lists its problems above the editor, each
     * with its line, and its message at the text box.
     */
    FormPage editor(String view, Supplier<?> translating) {
        List<ContentProblem> problems = new ArrayList<>();
        return FormPage.lazy(view, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("text", translating.get());
            model.put("form", this);
            model.put("problems", problems);
            return model;
        }).on(TranslationTextRejectedException.class, (e, errors) -> {
            problems.addAll(e.problems());
            errors.add("text", e.messageKey());
        });
    }
}
