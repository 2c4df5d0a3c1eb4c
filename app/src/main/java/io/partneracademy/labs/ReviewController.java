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
import io.partneracademy.web.Flash;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
    private final Forms forms;

    ReviewController(Reviews reviews, Downloads downloads, Forms forms) {
        this.reviews = reviews;
        this.downloads = downloads;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> queue() {
        return Views.render(HttpStatus.OK, QUEUE_VIEW, Map.of("items", reviews.queue()));
    }

    @Get("/{id}")
    HttpResponse<?> show(@PathVariable long id) {
        return page(id, new DecisionForm(null, "")).render(HttpStatus.OK);
    }

    @Get("/{id}/file")
    HttpResponse<?> file(@PathVariable long id, HttpRequest<?> request) {
        return downloads.send(reviews.withFile(id), request);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(@PathVariable long id, @Body DecisionForm form, Authentication authentication) {
        forms.check(page(id, form).field(FeedbackRejectedException.class, "feedback"), form);
        reviews.decide(CurrentUser.from(authentication), id, form.passed(), form.feedback());
        return Views.seeOther(PATH, Flash.of(form.passed() ? "flash.review-passed" : "flash.review-failed"));
    }

    private FormPage page(long id, DecisionForm form) {
        return FormPage.lazy(REVIEW_VIEW, () -> Map.of("item", reviews.get(id), "form", form));
    }

    /** A reviewer's decision: pass or fail, with feedback (required to fail). */
    @Serdeable
    record DecisionForm(@Nullable @NotNull(message = "{labs.review.decision-required}")
                        @Pattern(regexp = "pass|fail", message = "{labs.review.decision-required}") String decision,
                        @Nullable String feedback) {

        boolean passed() {
            return "pass".equals(decision);
        }
    }
}
