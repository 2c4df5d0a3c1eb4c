package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A translator's save: the translation file's text, whether it now matches the current source (a checked box
 * sends {@code current}), and the {@code version} of the stored translation the edit started from (see
 * {@link TranslationPage.Translation#version()}), so a save over another translator's newer save is refused.
 *
 * <p>It is also the one flow of every side-by-side editor (a course's own text, a lesson, an exam question), so the
 * editors cannot drift apart: {@link #open} draws the text beside its source; {@link #save} checks the form, saves,
 * and answers 303 back to the editor with a confirmation, 422 with a refused text's problems above the editor (each
 * with its line) and its message at the text box, or 409 with the translator's text kept and the other translator's
 * saved text shown, when another save came first.
 */
@Serdeable
record TranslationForm(@Nullable String text, @Nullable String current, @Nullable String version) {

    /** A text an editor shows beside its source: a course's own text, a lesson, an exam question. */
    interface Text {
        TranslationPage.Translation translation();
    }

    /** An editor's save of the posted text; throws {@link TranslationConflictException} over a newer save. */
    @FunctionalInterface
    interface Save {
        void save(String text, boolean markCurrent, @Nullable String version);
    }

    /** The form of a text as the editor opens it. */
    static TranslationForm of(TranslationPage.Translation translation) {
        return new TranslationForm(translation.text(), null, translation.version());
    }

    /** The editor drawn by {@code view} as it opens: the stored translation (or the source to translate over). */
    static HttpResponse<?> open(String view, Text text) {
        return of(text.translation()).page(view, () -> text, false).render(HttpStatus.OK);
    }

    /**
     * Saves this form's text as {@code save} does and answers: 303 to {@code saved} with the confirmation, 422 for a
     * refused text, 409 when another translator saved the text after this one opened it. {@code text} loads the page
     * only when it is drawn again.
     */
    HttpResponse<?> save(Forms forms, String view, Supplier<? extends Text> text, Save save, String saved,
                         String language) {
        forms.check(page(view, text, false), this);
        try {
            // An emptied box saves an empty text, which the reader refuses with its line.
            save.save(this.text == null ? "" : this.text, markCurrent(), version);
        } catch (TranslationConflictException e) {
            // The translator's text stays on the page; saving it again knowingly replaces the other translator's.
            return withVersion(e.stored()).page(view, text, true).render(HttpStatus.CONFLICT);
        }
        return Views.seeOther(saved, Flash.of("flash.translation-saved", language));
    }

    /** The same values with the version now stored (a second save replaces it knowingly). */
    TranslationForm withVersion(String stored) {
        return new TranslationForm(text, current, stored);
    }

    public boolean markCurrent() {
        return current != null && !current.isBlank();
    }

    /** The editor with these values; the problems of a refused text are listed above it, each with its line. */
    private FormPage page(String view, Supplier<? extends Text> text, boolean conflict) {
        List<ContentProblem> problems = new ArrayList<>();
        return FormPage.lazy(view, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("text", text.get());
            model.put("form", this);
            model.put("problems", problems);
            model.put("conflict", conflict);
            return model;
        }).on(TranslationTextRejectedException.class, (e, errors) -> {
            problems.addAll(e.problems());
            errors.add("text", e.messageKey());
        });
    }
}
