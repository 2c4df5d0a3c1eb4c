package io.partneracademy.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A page with a form: its view, its model (the form's values under {@code form}) and which domain failures belong
 * to which field, so that {@link Forms} and the one error handler can draw it again with 422 and the errors.
 */
public final class FormPage {

    private final String view;
    private final Supplier<Map<String, Object>> model;
    private final List<Mapping<?>> mappings = new ArrayList<>();
    private HttpStatus invalidStatus = HttpStatus.UNPROCESSABLE_ENTITY;

    private FormPage(String view, Supplier<Map<String, Object>> model) {
        this.view = view;
        this.model = model;
    }

    /** The page drawn by {@code view} with {@code model}; the model's {@code form} holds the submitted values. */
    public static FormPage of(String view, Map<String, Object> model) {
        Map<String, Object> copy = new HashMap<>(model);
        return new FormPage(view, () -> copy);
    }

    /**
     * The page with a model built only when the page is drawn, so a form post that succeeds does not load the
     * lists and records the page shows around the form.
     */
    public static FormPage lazy(String view, Supplier<Map<String, Object>> model) {
        return new FormPage(view, model);
    }

    /** The status of the page drawn with errors, when not 422 (a search link with an unknown filter is a 400). */
    public FormPage invalidStatus(HttpStatus status) {
        this.invalidStatus = status;
        return this;
    }

    /**
     * Shows every message of a failure of the given type at the field with the given HTML name, a failure with one
     * message with its arguments.
     */
    public FormPage field(Class<? extends InvalidInputException> failure, String field) {
        return on(failure, (e, errors) -> {
            if (e.messageKeys().size() == 1) {
                errors.add(field, e.messageKey(), e.arguments());
            } else {
                e.messageKeys().forEach(key -> errors.add(field, key));
            }
        });
    }

    /** Shows each problem of a failure of the given type at the field that shows its part (of type {@code P}). */
    public <P> FormPage fields(Class<? extends InvalidPartsException> failure, Class<P> partType,
                               Function<P, String> fieldOf) {
        return on(failure, (e, errors) -> e.problems().forEach(p -> errors.add(fieldOf.apply(partType.cast(p.part())),
                p.messageKey(), p.arguments().toArray())));
    }

    /** Shows a failure of the given type above the form with its message and arguments, at no field. */
    public FormPage alert(Class<? extends ApplicationException> failure) {
        return on(failure, (e, errors) -> errors.alert(e.messageKey(), e.arguments()));
    }

    /** Shows a failure of the given type as the mapper says, for a failure about more than one field. */
    public <E extends RuntimeException> FormPage on(Class<E> failure, BiConsumer<E, FieldErrors> mapper) {
        mappings.add(new Mapping<>(failure, mapper));
        return this;
    }

    /** The page with no errors (a GET). */
    public MutableHttpResponse<?> render(HttpStatus status) {
        return render(status, new FieldErrors());
    }

    /** The page with the given errors at their fields. */
    public MutableHttpResponse<?> render(HttpStatus status, FieldErrors errors) {
        Map<String, Object> withErrors = new HashMap<>(model.get());
        withErrors.put("errors", errors.asMap());
        withErrors.put("formAlert", errors.alert());
        return Views.render(status, view, withErrors);
    }

    /** The field errors for a failure this page knows, or empty when the failure is not about one of its fields. */
    Optional<FieldErrors> errorsFor(RuntimeException failure) {
        for (Mapping<?> mapping : mappings) {
            if (mapping.type().isInstance(failure)) {
                FieldErrors errors = new FieldErrors();
                mapping.apply(failure, errors);
                return Optional.of(errors);
            }
        }
        return Optional.empty();
    }

    HttpStatus invalidStatus() {
        return invalidStatus;
    }

    String view() {
        return view;
    }

    private record Mapping<E extends RuntimeException>(Class<E> type, BiConsumer<E, FieldErrors> mapper) {
        void apply(RuntimeException failure, FieldErrors errors) {
            mapper.accept(type.cast(failure), errors);
        }
    }
}
