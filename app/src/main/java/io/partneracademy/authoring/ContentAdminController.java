package io.partneracademy.authoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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

    ContentAdminController(FolderImport folders, ContentSettings settings) {
        this.folders = folders;
        this.settings = settings;
    }

    @Get
    HttpResponse<?> show() {
        return Views.render(HttpStatus.OK, VIEW, model());
    }

    @Post(value = "/import", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> importNow(Authentication authentication) {
        Map<String, Object> model = model();
        try {
            FolderImport.Imported imported = folders.importAll(settings.dir(), settings.examsDir(),
                    CurrentUser.from(authentication).id());
            model.put("report", imported.content());
            if (java.nio.file.Files.isDirectory(settings.examsDir())) {
                model.put("exams", imported.exams());
            }
            return Views.render(HttpStatus.OK, VIEW, model);
        } catch (ContentInvalidException e) {
            model.put("problems", e.problems());
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, VIEW, model);
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("dir", settings.dir().toAbsolutePath().toString());
        return model;
    }
}
