package io.partneracademy.api;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Lets an API controller method take the authenticated {@link ApiClient} as a parameter. */
@Singleton
class ApiClientBinder implements TypedRequestArgumentBinder<ApiClient> {

    @Override
    public Argument<ApiClient> argumentType() {
        return Argument.of(ApiClient.class);
    }

    @Override
    public BindingResult<ApiClient> bind(ArgumentConversionContext<ApiClient> context, HttpRequest<?> source) {
        Optional<ApiClient> client = source.getAttribute(ApiTokenFilter.ATTRIBUTE, ApiClient.class);
        return () -> client;
    }
}
