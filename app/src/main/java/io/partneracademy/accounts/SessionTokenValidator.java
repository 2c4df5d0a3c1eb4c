package io.partneracademy.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.partneracademy.web.PersonalSettings;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** Turns the session cookie into an authentication by looking the session up in MySQL (ADR 0002, 0010). */
@Singleton
class SessionTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final Sessions sessions;
    private final Scheduler blocking;

    SessionTokenValidator(Sessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sessions = sessions;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        // A session this node read moments ago is answered here, on the event loop: no query, no thread hop.
        Optional<CurrentUser> cached = sessions.resolveFromCache(token);
        if (cached.isPresent()) {
            return Mono.just(toAuthentication(cached.get()));
        }
        return Mono.fromCallable(() -> sessions.resolve(token).map(SessionTokenValidator::toAuthentication).orElse(null))
                .subscribeOn(blocking);
    }

    static Authentication toAuthentication(CurrentUser user) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentUser.ID, user.id());
        attributes.put(CurrentUser.DISPLAY_NAME, user.displayName());
        user.preferences().language().ifPresent(l -> attributes.put(PersonalSettings.LANGUAGE, l.tag()));
        user.preferences().chosenZone().ifPresent(z -> attributes.put(PersonalSettings.TIME_ZONE, z.getId()));
        return Authentication.build(user.email(), user.roles().stream().map(Enum::name).toList(), attributes);
    }
}
