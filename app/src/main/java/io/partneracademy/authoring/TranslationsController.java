package io.partneracademy.authoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.web.Views;

import java.util.Map;

/** For authors: which translations of a published course are missing, current or outdated. */
@Controller(AuthoringController.PATH)
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class TranslationsController {

    static final String VIEW = "authoring/translations";

    private final CatalogPublisher publisher;

    TranslationsController(CatalogPublisher publisher) {
        this.publisher = publisher;
    }

    @Get("/courses/{id}/translations")
    HttpResponse<?> show(@PathVariable String id) {
        TranslationStates states = publisher.current(id).map(TranslationStates::of)
                .orElseThrow(() -> new DraftNotFoundException(id));
        return Views.render(HttpStatus.OK, VIEW, Map.of("translations", states));
    }
}
