package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way a controller checks a submitted form: Bean Validation on the form record, then the controller's
 * own field rules; on failure the form's page is drawn again with 422 by the one error handler. The page is also
 * kept on the request, so a domain failure thrown later by a service lands at the field the page maps it to.
 */
@Singleton
public class Forms {

    static final String PAGE_ATTRIBUTE = "partneracademy.form-page";

    private final Constraints constraints;

    Forms(Constraints constraints) {
        this.constraints = constraints;
    }

    /** Checks the form's constraints; throws {@link InvalidFormException} when one fails. */
    public void check(FormPage page, Object form) {
        check(page, form, errors -> { });
    }

    /** Checks rules about values that come without a form record (a query parameter). */
    public void check(FormPage page, Consumer<FieldErrors> rules) {
        expect(page);
        FieldErrors errors = new FieldErrors();
        rules.accept(errors);
        if (!errors.isEmpty()) {
            throw new InvalidFormException(page, errors);
        }
    }

    /** Checks the form's constraints, then the rules the annotations cannot say (a lookup, a choice of fields). */
    public void check(FormPage page, Object form, Consumer<FieldErrors> moreRules) {
        expect(page);
        FieldErrors errors = new FieldErrors();
        // A form record's component names are its inputs' names.
        constraints.of(form).forEach(v -> errors.add(v.property(), v.messageKey()));
        moreRules.accept(errors);
        if (!errors.isEmpty()) {
            throw new InvalidFormException(page, errors);
        }
    }

    /**
     * Keeps the page for this request without checking anything first: the service checks everything, and a
     * failure the page maps is drawn on it (a search whose filters only the service can judge).
     */
    public void expect(FormPage page) {
        ServerRequestContext.currentRequest().ifPresent(request -> request.setAttribute(PAGE_ATTRIBUTE, page));
    }

    /** The page a form post registered with {@link #check}, if the request handled one. */
    static Optional<FormPage> pageOf(HttpRequest<?> request) {
        return request.getAttribute(PAGE_ATTRIBUTE, FormPage.class);
    }
}
