package io.partneracademy.labs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.FormErrors;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.util.HashMap;
import java.util.Map;

/** The reviewers' queue: what waits, one submission with its file, and the decision. */
@Controller(ReviewController.PATH)
@Secured({Role.Names.REVIEWER, Role.Names.AUTHOR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class ReviewController {

    static final String PATH = "/reviews";
    static final String QUEUE_VIEW = "labs/reviews";
    static final String REVIEW_VIEW = "labs/review";

    private final Reviews reviews;
    private final Downloads downloads;

    ReviewController(Reviews reviews, Downloads downloads) {
        this.reviews = reviews;
        this.downloads = downloads;
    }

    @Get
    HttpResponse<?> queue() {
        return Views.render(HttpStatus.OK, QUEUE_VIEW, Map.of("items", reviews.queue()));
    }

    @Get("/{id}")
    HttpResponse<?> show(@PathVariable long id) {
        return Views.render(HttpStatus.OK, REVIEW_VIEW, Map.of("item", reviews.get(id)));
    }

    @Get("/{id}/file")
    HttpResponse<?> file(@PathVariable long id, HttpRequest<?> request) {
        return downloads.send(reviews.withFile(id), request);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(@PathVariable long id, @Body DecisionForm form, Authentication authentication) {
        try {
            if (!"pass".equals(form.decision()) && !"fail".equals(form.decision())) {
                throw new FormErrors("decision", "labs.review.decision-required");
            }
            reviews.decide(CurrentUser.from(authentication), id, "pass".equals(form.decision()), form.feedback());
            return Views.seeOther(PATH, Flash.of("pass".equals(form.decision()) ? "flash.review-passed" : "flash.review-failed"));
        } catch (FormErrors e) {
            Map<String, Object> model = new HashMap<>();
            model.put("item", reviews.get(id));
            model.put("errors", Views.fieldErrors(e.errors()));
            model.put("feedback", form.feedback() == null ? "" : form.feedback());
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, REVIEW_VIEW, model);
        }
    }

    /** A reviewer's decision: pass or fail, with feedback (required to fail). */
    @Serdeable
    record DecisionForm(@Nullable String decision, @Nullable String feedback) {
    }
}
