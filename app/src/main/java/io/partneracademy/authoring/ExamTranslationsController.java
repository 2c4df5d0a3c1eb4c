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
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.Map;

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
        return TranslationForm.open(EDITOR_VIEW, editor.question(id, language, questionId));
    }

    @Post(value = "/{language}/questions/{questionId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable String id, @PathVariable String language, @PathVariable String questionId,
                         @Body TranslationForm form) {
        return form.save(forms, EDITOR_VIEW, () -> editor.question(id, language, questionId),
                (text, current, version) -> editor.save(id, language, questionId, text, current, version),
                path(id, language, questionId), language);
    }

    /** The editor's URL for one question in one language. */
    static String path(String examId, String language, String questionId) {
        return AuthoringController.PATH + "/exams/" + examId + "/translations/" + language + "/questions/"
                + questionId;
    }
}
