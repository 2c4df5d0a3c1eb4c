package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.Forms;

/**
 * The side-by-side translation editor: a course's own text or one lesson, the source beside the translation. A
 * language the editor refuses has no editor to draw: the error page names it (422).
 */
@Controller(AuthoringController.PATH + "/courses/{id}/translations/{language}")
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class TranslationEditorController {

    static final String VIEW = "authoring/translate";

    private final TranslationEditor editor;
    private final Forms forms;

    TranslationEditorController(TranslationEditor editor, Forms forms) {
        this.editor = editor;
        this.forms = forms;
    }

    @Get("/course")
    HttpResponse<?> course(@PathVariable String id, @PathVariable String language) {
        return TranslationForm.open(VIEW, editor.course(id, language));
    }

    @Post(value = "/course", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveCourse(@PathVariable String id, @PathVariable String language, @Body TranslationForm form,
                               Authentication authentication) {
        return form.save(forms, VIEW, () -> editor.course(id, language),
                (text, current, version) -> editor.saveCourse(CurrentUser.from(authentication), id, language, text,
                        current, version), path(id, language, null), language);
    }

    @Get("/lessons/{lessonId}")
    HttpResponse<?> lesson(@PathVariable String id, @PathVariable String language, @PathVariable String lessonId) {
        return TranslationForm.open(VIEW, editor.lesson(id, language, lessonId));
    }

    @Post(value = "/lessons/{lessonId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveLesson(@PathVariable String id, @PathVariable String language, @PathVariable String lessonId,
                               @Body TranslationForm form, Authentication authentication) {
        return form.save(forms, VIEW, () -> editor.lesson(id, language, lessonId),
                (text, current, version) -> editor.saveLesson(CurrentUser.from(authentication), id, language,
                        lessonId, text, current, version), path(id, language, lessonId), language);
    }

    /** The editor's URL for the course's own text (no lesson id) or a lesson. */
    static String path(String courseId, String language, @Nullable String lessonId) {
        String base = AuthoringController.PATH + "/courses/" + courseId + "/translations/" + language;
        return lessonId == null ? base + "/course" : base + "/lessons/" + lessonId;
    }
}
