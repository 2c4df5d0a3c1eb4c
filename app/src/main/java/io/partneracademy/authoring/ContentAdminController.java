package io.partneracademy.authoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentSettings;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** Lets admins and authors import the content/ folder now and see what happened or what is wrong. */
@Controller(ContentAdminController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.AUTHOR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class ContentAdminController {

    static final String PATH = "/admin/content";
    static final String VIEW = "authoring/content";

    private final FolderImport folders;
    private final ContentSettings settings;
    private final BrowserTranslations browserSaves;

    ContentAdminController(FolderImport folders, ContentSettings settings, BrowserTranslations browserSaves) {
        this.folders = folders;
        this.settings = settings;
        this.browserSaves = browserSaves;
    }

    @Get
    HttpResponse<?> show() {
        return Views.render(HttpStatus.OK, VIEW, model());
    }

    /**
     * Imports both folders. When the files would replace translations saved in the browser, nothing is imported and
     * the page lists them (409) for the author to choose, for each, the browser's text or the file's (ADR 0050).
     */
    @Post(value = "/import", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> importNow(Authentication authentication, @Body ImportForm form) {
        Map<String, Object> model = model();
        try {
            FolderImport.Imported imported = folders.importAll(settings.dir(), settings.examsDir(),
                    CurrentUser.from(authentication).id(), ImportChoices.author(form.seen(), form.overwrite()));
            model.put("report", imported.content());
            model.put("keptNow", imported.keptOverFiles());
            if (java.nio.file.Files.isDirectory(settings.examsDir())) {
                model.put("exams", imported.exams());
            }
            model.put("kept", browserSaves.keptOverFiles());
            return Views.render(HttpStatus.OK, VIEW, model);
        } catch (ContentInvalidException e) {
            model.put("problems", e.problems());
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, model);
        } catch (TranslationsWouldBeReplacedException e) {
            model.put("conflicts", e.conflicts().open());
            model.put("seen", e.conflicts().digest());
            model.put("changedMeanwhile", e.changedMeanwhile());
            return Views.render(HttpStatus.CONFLICT, VIEW, model);
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("dir", settings.dir().toAbsolutePath().toString());
        model.put("kept", browserSaves.keptOverFiles());
        return model;
    }
}
