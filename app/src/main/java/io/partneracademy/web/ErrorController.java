package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.List;

/** Maps our typed exceptions to their status once, for every controller. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorController {

    private final ErrorPages errorPages;

    ErrorController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Error(global = true, exception = ApplicationException.class)
    HttpResponse<?> applicationError(HttpRequest<?> request, ApplicationException e) {
        return errorPages.render(request, e.status(), e.messageKey(), e.arguments());
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
