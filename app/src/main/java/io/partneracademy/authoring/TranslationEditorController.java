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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
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

/** The side-by-side translation editor: a course's own text or one lesson, the source beside the translation. */
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
        TranslationPage text = editor.course(id, language);
        return page(() -> text, TranslationForm.of(text.translation()), new ArrayList<>(), false).render(HttpStatus.OK);
    }

    @Post(value = "/course", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveCourse(@PathVariable String id, @PathVariable String language, @Body TranslationForm form,
                               Authentication authentication) {
        forms.check(page(() -> editor.course(id, language), form, new ArrayList<>(), false), form);
        try {
            editor.saveCourse(CurrentUser.from(authentication), id, language, text(form), form.markCurrent(),
                    form.version());
        } catch (TranslationConflictException e) {
            return page(() -> editor.course(id, language), form.withVersion(e.stored()), new ArrayList<>(), true)
                    .render(HttpStatus.CONFLICT);
        }
        return Views.seeOther(path(id, language, null), Flash.of("flash.translation-saved", language));
    }

    @Get("/lessons/{lessonId}")
    HttpResponse<?> lesson(@PathVariable String id, @PathVariable String language, @PathVariable String lessonId) {
        TranslationPage text = editor.lesson(id, language, lessonId);
        return page(() -> text, TranslationForm.of(text.translation()), new ArrayList<>(), false).render(HttpStatus.OK);
    }

    @Post(value = "/lessons/{lessonId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveLesson(@PathVariable String id, @PathVariable String language, @PathVariable String lessonId,
                               @Body TranslationForm form, Authentication authentication) {
        forms.check(page(() -> editor.lesson(id, language, lessonId), form, new ArrayList<>(), false), form);
        try {
            editor.saveLesson(CurrentUser.from(authentication), id, language, lessonId, text(form),
                    form.markCurrent(), form.version());
        } catch (TranslationConflictException e) {
            // The translator's text stays on the page; saving it again knowingly replaces the other translator's.
            return page(() -> editor.lesson(id, language, lessonId), form.withVersion(e.stored()), new ArrayList<>(),
                    true).render(HttpStatus.CONFLICT);
        }
        return Views.seeOther(path(id, language, lessonId), Flash.of("flash.translation-saved", language));
    }

    /** The editor's URL for the course's own text (no lesson id) or a lesson. */
    static String path(String courseId, String language, @Nullable String lessonId) {
        String base = AuthoringController.PATH + "/courses/" + courseId + "/translations/" + language;
        return lessonId == null ? base + "/course" : base + "/lessons/" + lessonId;
    }

    /**
     * The editor with the submitted values; the problems of a refused text are listed above it, each with its line.
     * A language the editor refuses has no editor to draw: the error page names it (422).
     */
    private static FormPage page(Supplier<TranslationPage> text, TranslationForm form,
                                 List<ContentProblem> problems, boolean conflict) {
        return FormPage.lazy(VIEW, () -> {
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

    private static String text(TranslationForm form) {
        return form.text() == null ? "" : form.text();
    }
}
