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
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.LessonPreview;
import io.partneracademy.web.FieldErrors;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** The lesson editor: Markdown with a live preview rendered by the learners' renderer. */
@Controller(AuthoringController.PATH + "/drafts/{id}/lessons")
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class LessonEditorController {

    static final String VIEW = "authoring/lesson";

    private final Drafts drafts;
    private final LessonPreview preview;

    LessonEditorController(Drafts drafts, LessonPreview preview) {
        this.drafts = drafts;
        this.preview = preview;
    }

    @Get("/new")
    HttpResponse<?> newLesson(@PathVariable String id, @Nullable @QueryValue String module) {
        DraftCourse draft = drafts.get(id);
        String moduleId = module != null ? module : draft.modules().isEmpty() ? "" : draft.modules().get(0).id();
        AuthoringForms.LessonForm form = new AuthoringForms.LessonForm(moduleId, "", "", "10", "", draft.language(),
                "# New lesson\n", null);
        return page(HttpStatus.OK, draft, form, true, null);
    }

    @Get("/{lessonId}")
    HttpResponse<?> edit(@PathVariable String id, @PathVariable String lessonId) {
        DraftCourse draft = drafts.get(id);
        DraftCourse.Lesson lesson = draft.lessons().get(lessonId);
        if (lesson == null) {
            throw new DraftNotFoundException(id + "/" + lessonId);
        }
        String moduleId = draft.modules().stream().filter(m -> m.lessonIds().contains(lessonId)).findFirst()
                .map(DraftCourse.Module::id).orElse("");
        return page(HttpStatus.OK, draft, AuthoringForms.LessonForm.of(moduleId, lesson), false, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable String id, @Body AuthoringForms.LessonForm form, Authentication authentication) {
        DraftCourse draft = drafts.get(id);
        boolean isNew = !draft.lessons().containsKey(AuthoringForms.text(form.id()));
        if (form.preview() != null) {
            return page(HttpStatus.OK, draft, form, isNew, preview.render(id, form.markdown() == null ? "" : form.markdown()));
        }
        String lessonId = AuthoringForms.text(form.id());
        boolean moduleKnown = draft.modules().stream().anyMatch(m -> m.id().equals(form.moduleId()));
        if (isNew && (!Slugs.valid(lessonId) || !moduleKnown)) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, draft, form, true, null);
        }
        DraftCourse.Lesson lesson = keepAudience(draft.lessons().get(lessonId), form.toLesson(draft.language()));
        drafts.save(CurrentUser.from(authentication), draft.withLesson(AuthoringForms.text(form.moduleId()), lesson));
        return Views.seeOther(AuthoringController.draftPath(id) + "/lessons/" + lessonId, Flash.of("flash.lesson-saved"));
    }

    /** Live preview for the editor's script; the same HTML learners will get. */
    @Post(value = "/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    String livePreview(@PathVariable String id, @Body Map<String, String> body) {
        drafts.get(id);
        return preview.render(id, body.getOrDefault("markdown", ""));
    }

    private static DraftCourse.Lesson keepAudience(@Nullable DraftCourse.Lesson old, DraftCourse.Lesson edited) {
        if (old == null) {
            return edited;
        }
        return new DraftCourse.Lesson(edited.id(), edited.title(), edited.minutes(), edited.objectives(),
                edited.language(), old.minTier(), old.partnerTypes(), edited.markdown());
    }

    private HttpResponse<?> page(HttpStatus status, DraftCourse draft, AuthoringForms.LessonForm form, boolean isNew,
                                 @Nullable String previewHtml) {
        Map<String, Object> model = new HashMap<>();
        model.put("draft", draft);
        model.put("form", form);
        model.put("isNew", isNew);
        model.put("previewHtml", previewHtml == null ? preview.render(draft.id(), form.markdown() == null ? "" : form.markdown()) : previewHtml);
        model.put("errors", status == HttpStatus.UNPROCESSABLE_ENTITY
                ? new FieldErrors().add("id", "draft.lesson-id-invalid").asMap() : Map.of());
        return Views.render(status, VIEW, model);
    }
}
