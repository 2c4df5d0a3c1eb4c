package io.partneracademy.authoring;

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
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.ContentSettings;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The authors' pages: course list, drafts, course details and modules, publish, discard, export. */
@Controller(AuthoringController.PATH)
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class AuthoringController {

    static final String PATH = "/authoring";
    static final String LIST_VIEW = "authoring/list";
    static final String DRAFT_VIEW = "authoring/draft";

    private final Drafts drafts;
    private final CatalogPublisher publisher;
    private final CourseExport export;
    private final ContentSettings settings;
    private final Forms forms;

    AuthoringController(Drafts drafts, CatalogPublisher publisher, CourseExport export, ContentSettings settings,
                        Forms forms) {
        this.forms = forms;
        this.settings = settings;
        this.drafts = drafts;
        this.publisher = publisher;
        this.export = export;
    }

    @Get
    HttpResponse<?> list() {
        return listPage(new AuthoringForms.NewCourse("", "", "")).render(HttpStatus.OK);
    }

    @Post(value = "/drafts", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body AuthoringForms.NewCourse form, Authentication authentication) {
        forms.check(listPage(form).field(DraftIdRejectedException.class, "id"), form, errors -> {
            if (AuthoringForms.text(form.title()).isEmpty()) {
                errors.add("title", "constraint.NotBlank");
            }
        });
        drafts.create(CurrentUser.from(authentication), AuthoringForms.text(form.id()),
                AuthoringForms.text(form.title()), AuthoringForms.text(form.summary()));
        return Views.seeOther(draftPath(AuthoringForms.text(form.id())));
    }

    @Post(value = "/courses/{id}/draft", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(@PathVariable String id, Authentication authentication) {
        drafts.edit(CurrentUser.from(authentication), id);
        return Views.seeOther(draftPath(id));
    }

    @Get("/drafts/{id}")
    HttpResponse<?> draft(@PathVariable String id) {
        return draftPage(drafts.get(id), drafts.problems(id)).render(HttpStatus.OK);
    }

    @Post(value = "/drafts/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> details(@PathVariable String id, @Body AuthoringForms.Details form, Authentication authentication) {
        DraftCourse draft = drafts.get(id);
        drafts.save(CurrentUser.from(authentication), draft.withDetails(AuthoringForms.text(form.title()),
                AuthoringForms.text(form.summary()), AuthoringForms.text(form.language()),
                form.minTier() == null || form.minTier().isBlank() ? null : form.minTier(),
                form.partnerTypes() == null ? List.of() : form.partnerTypes()));
        return Views.seeOther(draftPath(id));
    }

    @Post(value = "/drafts/{id}/modules", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addModule(@PathVariable String id, @Body AuthoringForms.NewModule form,
                              Authentication authentication) {
        DraftCourse draft = drafts.get(id);
        String moduleId = AuthoringForms.text(form.id());
        forms.check(FormPage.lazy(DRAFT_VIEW, () -> draftModel(draft, drafts.problems(id))), form, errors -> {
            if (!Slugs.valid(moduleId) || draft.modules().stream().anyMatch(m -> m.id().equals(moduleId))) {
                errors.add("moduleId", "draft.module-id-invalid");
            }
        });
        drafts.save(CurrentUser.from(authentication),
                draft.withModule(new DraftCourse.Module(moduleId, AuthoringForms.text(form.title()), List.of())));
        return Views.seeOther(draftPath(id));
    }

    @Post(value = "/drafts/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@PathVariable String id, Authentication authentication) {
        try {
            int version = drafts.publish(CurrentUser.from(authentication), id).version();
            return Views.seeOther("/courses/" + id, Flash.of("flash.published", version));
        } catch (ContentInvalidException e) {
            return draftPage(drafts.get(id), e.problems()).render(HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post(value = "/drafts/{id}/discard", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> discard(@PathVariable String id) {
        drafts.discard(id);
        return Views.seeOther(PATH);
    }

    @Get("/courses/{id}/export")
    @Produces("application/zip")
    HttpResponse<byte[]> export(@PathVariable String id) {
        return HttpResponse.ok(export.zip(id))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".zip\"");
    }

    static String draftPath(String id) {
        return PATH + "/drafts/" + id;
    }

    private FormPage listPage(AuthoringForms.NewCourse form) {
        return FormPage.lazy(LIST_VIEW, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("published", publisher.published());
            model.put("drafts", drafts.list());
            model.put("examBanks", GiftExport.examIds(settings.examsDir()));
            model.put("form", form);
            return model;
        });
    }

    private static FormPage draftPage(DraftCourse draft, List<ContentProblem> problems) {
        return FormPage.of(DRAFT_VIEW, draftModel(draft, problems));
    }

    private static Map<String, Object> draftModel(DraftCourse draft, List<ContentProblem> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("draft", draft);
        model.put("problems", problems);
        model.put("tiers", Tier.values());
        model.put("types", PartnerType.values());
        return model;
    }
}
