package io.partneracademy.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Decides what a refused request sees: browsers that are not signed in go to the login page,
 * everyone else gets a 401/403 page or problem body.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorPages errorPages;

    AuthorizationHandler(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return errorPages.render(request, HttpStatus.FORBIDDEN, "error.403.detail");
        }
        if (!ErrorPages.wantsJson(request) && request.getMethod() == HttpMethod.GET) {
            String login = UriBuilder.of(Paths.LOGIN).queryParam("next", request.getUri().toString()).toString();
            return HttpResponse.seeOther(java.net.URI.create(login));
        }
        return errorPages.render(request, HttpStatus.UNAUTHORIZED, "error.401.detail");
    }
}
