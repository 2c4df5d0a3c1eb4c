package io.partneracademy.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentSettings;
import io.partneracademy.partners.Tier;
import io.partneracademy.search.Search;
import io.partneracademy.search.SearchSync;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Authors' library page: upload or replace a resource, delete one, stale resources, failed searches. */
@Controller(LibraryAdminController.PATH)
@Secured({Role.Names.ADMIN, Role.Names.AUTHOR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class LibraryAdminController {

    static final String PATH = "/library/manage";
    static final String VIEW = "library/manage";

    private final Library library;
    private final Search search;
    private final SearchSync sync;
    private final ResourceImport importer;
    private final ContentSettings content;
    private final Forms forms;

    LibraryAdminController(Library library, Search search, SearchSync sync, ResourceImport importer,
                           ContentSettings content, Forms forms) {
        this.library = library;
        this.search = search;
        this.sync = sync;
        this.importer = importer;
        this.content = content;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> manage(@Nullable @QueryValue String id, Authentication authentication) {
        ResourceForm form = id == null ? ResourceForm.empty(library.today().plusMonths(6))
                : library.form(id).orElseThrow(() -> new ResourceNotFoundException(id));
        return page(CurrentUser.from(authentication), form, Map.of()).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@Nullable @Part("file") CompletedFileUpload file, @Nullable @Part("id") String id,
                           @Nullable @Part("title") String title, @Nullable @Part("type") String type,
                           @Nullable @Part("tags") String tags, @Nullable @Part("language") String language,
                           @Nullable @Part("minTier") String minTier, @Nullable @Part("ownerEmail") String ownerEmail,
                           @Nullable @Part("reviewBy") String reviewBy, Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        ResourceForm form = new ResourceForm(LibraryViews.blankToNull(id), title, type, tags, language, tier(minTier),
                ownerEmail, date(reviewBy));
        FormPage page = page(user, form, Map.of())
                .fields(ResourceMetadataException.class, String.class, property -> property)
                .alert(UploadRefusedException.class);
        // The owner is filled in by the library, so its own rules run there again; here they show at the fields.
        forms.check(page, form, errors -> library.rules(form).forEach(p -> errors.add((String) p.part(), p.messageKey())));
        byte[] bytes = file == null || file.getFilename() == null || file.getFilename().isBlank() ? null : bytes(file);
        String saved = library.upload(user, form, file == null ? null : file.getFilename(), bytes);
        return Views.seeOther(LibraryController.PATH + "/resources/" + saved);
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Post(value = "/resources/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable String id) {
        library.delete(id);
        return Views.seeOther(PATH + "?deleted=" + id);
    }

    @Post(value = "/import", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> importFolder(Authentication authentication) {
        CurrentUser user = CurrentUser.from(authentication);
        try {
            int changed = importer.importFolder(content.dir().resolve("resources"));
            return page(user, ResourceForm.empty(library.today().plusMonths(6)), Map.of("imported", changed))
                    .render(HttpStatus.OK);
        } catch (ContentInvalidException e) {
            return page(user, ResourceForm.empty(library.today().plusMonths(6)), Map.of("problems", e.problems()))
                    .render(HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post(value = "/rebuild", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.Names.ADMIN)
    HttpResponse<?> rebuild(Authentication authentication) {
        int groups = sync.rebuild();
        return page(CurrentUser.from(authentication), ResourceForm.empty(library.today().plusMonths(6)),
                Map.of("rebuilt", groups)).render(HttpStatus.OK);
    }

    private FormPage page(CurrentUser user, ResourceForm form, Map<String, Object> extra) {
        return FormPage.lazy(VIEW, () -> {
            Map<String, Object> model = new HashMap<>(extra);
            model.put("form", form);
            model.put("types", ResourceType.slugs());
            model.put("tiers", Tier.values());
            model.put("admin", user.has(Role.ADMIN));
            model.put("stale", library.stale(user, user.has(Role.ADMIN)));
            List<io.partneracademy.search.SearchMiss> misses = search.misses(20);
            model.put("misses", misses);
            model.put("dictionaryLines", search.dictionaryLines(misses));
            return model;
        });
    }

    @Nullable
    private static Tier tier(@Nullable String value) {
        try {
            return value == null ? null : Tier.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    private static LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
