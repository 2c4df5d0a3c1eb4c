package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.List;
import java.util.Optional;

/** Maps our typed exceptions to their status once, for every controller, and draws failed forms again. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
// A form page loads what it shows around the form (lists, the record edited) from the database.
@ExecuteOn(TaskExecutors.BLOCKING)
class ErrorController {

    private final ErrorPages errorPages;

    ErrorController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Error(global = true, exception = ApplicationException.class)
    HttpResponse<?> applicationError(HttpRequest<?> request, ApplicationException e) {
        if (!ErrorPages.wantsJson(request)) {
            Optional<FormPage> page = Forms.pageOf(request);
            Optional<FieldErrors> errors = page.flatMap(p -> p.errorsFor(e));
            if (errors.isPresent()) {
                return formPage(request, page.get(), errors.get());
            }
        }
        return errorPages.render(request, e.status(), e.messageKey(), e.arguments());
    }

    /** The one place a form that failed its checks is drawn again: its own page, 422, values and errors kept. */
    @Error(global = true, exception = InvalidFormException.class)
    HttpResponse<?> invalidForm(HttpRequest<?> request, InvalidFormException e) {
        return formPage(request, e.page(), e.errors());
    }

    private HttpResponse<?> formPage(HttpRequest<?> request, FormPage page, FieldErrors errors) {
        try {
            return page.render(page.invalidStatus(), errors);
        } catch (ApplicationException e) {
            // Loading what the page shows around the form can fail too (the record was deleted meanwhile).
            return errorPages.render(request, e.status(), e.messageKey(), e.arguments());
        }
    }

    @Error(global = true, exception = ConstraintViolationException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream()
                .map(ErrorController::describe)
                .sorted()
                .toList();
        String detail = errorPages.message(request, "error.422.detail");
        return errorPages.renderDetail(request, HttpStatus.UNPROCESSABLE_ENTITY, detail, errors);
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return field + ": " + violation.getMessage();
    }
}
