package io.partneracademy.authoring;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.partneracademy.accounts.Role;
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

/** For authors: the state of an exam's question translations, and the side-by-side editor of one question. */
@Controller(AuthoringController.PATH + "/exams/{id}/translations")
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class ExamTranslationsController {

    static final String VIEW = "authoring/exam-translations";
    static final String EDITOR_VIEW = "authoring/translate-question";

    private final ExamTranslationEditor editor;
    private final ExamTranslationExport export;
    private final Forms forms;

    ExamTranslationsController(ExamTranslationEditor editor, ExamTranslationExport export, Forms forms) {
        this.editor = editor;
        this.export = export;
        this.forms = forms;
    }

    /** The exam's translation files as a zip to unpack into exams/, so browser saves can be kept in git. */
    @Get("/export.zip")
    @Produces("application/zip")
    HttpResponse<byte[]> export(@PathVariable String id) {
        return HttpResponse.ok(export.zip(id)).contentType("application/zip").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + id + "-translations.zip\"");
    }

    @Get
    HttpResponse<?> show(@PathVariable String id) {
        return Views.render(HttpStatus.OK, VIEW, Map.of("translations", editor.states(id)));
    }

    @Get("/{language}/questions/{questionId}")
    HttpResponse<?> question(@PathVariable String id, @PathVariable String language, @PathVariable String questionId) {
        ExamTranslationPage text = editor.question(id, language, questionId);
        return page(() -> text, TranslationForm.of(text.translation()), new ArrayList<>(), false)
                .render(HttpStatus.OK);
    }

    @Post(value = "/{language}/questions/{questionId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable String id, @PathVariable String language, @PathVariable String questionId,
                         @Body TranslationForm form) {
        forms.check(page(() -> editor.question(id, language, questionId), form, new ArrayList<>(), false), form);
        try {
            editor.save(id, language, questionId, form.text() == null ? "" : form.text(), form.markCurrent(),
                    form.version());
        } catch (TranslationConflictException e) {
            // The translator's text stays on the page; saving it again knowingly replaces the other translator's.
            return page(() -> editor.question(id, language, questionId), form.withVersion(e.stored()),
                    new ArrayList<>(), true).render(HttpStatus.CONFLICT);
        }
        return Views.seeOther(path(id, language, questionId), Flash.of("flash.translation-saved", language));
    }

    /** The editor's URL for one question in one language. */
    static String path(String examId, String language, String questionId) {
        return AuthoringController.PATH + "/exams/" + examId + "/translations/" + language + "/questions/"
                + questionId;
    }

    /** The editor with the submitted values; the problems of a refused text are listed above it, each with its line. */
    private static FormPage page(Supplier<ExamTranslationPage> text, TranslationForm form,
                                 List<ContentProblem> problems, boolean conflict) {
        return FormPage.lazy(EDITOR_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("text", text.get());
            model.put("form", form);
            model.put("problems", problems);
            model.put("conflict", conflict);
            return model;
        }).on(TranslationTextRejectedException.class, (e, errors) -> {
            problems.addAll(e.problems());
            errors.add("text", e.messageKey());
        });
    }
}
