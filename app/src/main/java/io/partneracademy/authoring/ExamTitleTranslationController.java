package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/**
 * For authors: the exam's title and section titles translated in the browser, beside the English source; a save
 * with a problem is shown again with status 422 and each problem beside its field, a save over another author's newer
 * save with status 409 and the author's values kept.
 */
@Controller(AuthoringController.PATH + "/exams/{id}/translations")
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ExamTitleTranslationController {

    static final String VIEW = "authoring/translate-titles";

    private final ExamTitleEditor titles;
    private final ExamTranslationEditor translations;
    private final Forms forms;

    ExamTitleTranslationController(ExamTitleEditor titles, ExamTranslationEditor translations, Forms forms) {
        this.titles = titles;
        this.translations = translations;
        this.forms = forms;
    }

    /** The translations page's "another language" form: to that language's editor, or 422 at the language field. */
    @Get("/title")
    HttpResponse<?> open(@PathVariable String id, @Nullable @QueryValue String language) {
        String tag = language == null ? "" : language.strip();
        ExamTranslationStates states = translations.states(id);
        forms.expect(FormPage.of(ExamTranslationsController.VIEW, Map.of("translations", states, "addLanguage", tag))
                .field(TranslationLanguageRejectedException.class, "language"));
        ExamTranslationEditor.checkLanguage(tag);
        return Views.seeOther(path(id, tag));
    }

    @Get("/{language}/title")
    HttpResponse<?> edit(@PathVariable String id, @PathVariable String language) {
        ExamTitlePage text = titles.page(id, language);
        return Views.render(HttpStatus.OK, VIEW, model(text, ExamTitleForm.of(text), false));
    }

    @Post(value = "/{language}/title", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable String id, @PathVariable String language, @Body ExamTitleForm form) {
        ExamTranslationEditor.checkLanguage(language);
        forms.expect(FormPage.lazy(VIEW, () -> model(titles.page(id, language), form, false))
                .fields(ExamTitleRejectedException.class, ExamTitleRejectedException.Part.class,
                        ExamTitleTranslationController::field));
        try {
            titles.save(id, language, form.title(), form.sections(), form.version());
        } catch (TranslationConflictException e) {
            // The author's values stay on the page; saving them again knowingly replaces the other author's version.
            return Views.render(HttpStatus.CONFLICT, VIEW, model(titles.page(id, language),
                    form.withVersion(e.stored()), true));
        }
        return Views.seeOther(path(id, language), Flash.of("flash.exam-titles-saved", language));
    }

    /** The editor's URL for the exam's titles in one language. */
    static String path(String examId, String language) {
        return AuthoringController.PATH + "/exams/" + examId + "/translations/" + language + "/title";
    }

    /** The input that shows a part: the title, a section's title, or the sections as a whole. */
    static String field(ExamTitleRejectedException.Part part) {
        return switch (part.kind()) {
            case TITLE -> "title";
            case SECTION -> "section-" + part.section();
            case SECTIONS -> "sections";
        };
    }

    private static Map<String, Object> model(ExamTitlePage text, ExamTitleForm form, boolean conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("form", form);
        model.put("conflict", conflict);
        return model;
    }
}
