package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A confirmation that survives the redirect after a good form post ("Saved", "Published as version 4"): a short-lived
 * cookie holding a message key under {@code flash.} and its arguments, shown once by the next page and then cleared.
 * Only keys under {@code flash.} are ever shown, so a forged cookie can at most show one of our own sentences.
 */
public record Flash(String key, List<String> args) {

    static final String COOKIE = "pa_flash";
    private static final String PREFIX = "flash.";

    /** A confirmation with its message key (which must start with {@code flash.}) and arguments. */
    public static Flash of(String key, Object... args) {
        if (!key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A flash message key starts with 'flash.': " + key);
        }
        return new Flash(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments as an array, for Thymeleaf's {@code #messages.msgWithParams}. */
    public Object[] argArray() {
        return args.toArray();
    }

    Cookie cookie() {
        StringBuilder value = new StringBuilder(encode(key));
        args.forEach(a -> value.append('.').append(encode(a)));
        return Cookie.of(COOKIE, value.toString()).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .maxAge(Duration.ofMinutes(1));
    }

    static Cookie cleared() {
        return Cookie.of(COOKIE, "").path("/").httpOnly(true).sameSite(SameSite.Lax).maxAge(0);
    }

    /** The confirmation a request carries, if any and if well-formed. */
    static Optional<Flash> from(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank()).flatMap(value -> {
            String[] parts = value.split("\\.", -1);
            String key = decode(parts[0]);
            if (key == null || !key.startsWith(PREFIX) || parts.length > 5) {
                return Optional.empty();
            }
            List<String> args = Arrays.stream(parts, 1, parts.length).map(Flash::decode).toList();
            return args.contains(null) ? Optional.empty() : Optional.of(new Flash(key, args));
        });
    }

    // Base64url keeps dots, commas and spaces out of the cookie value, which RFC 6265 does not allow everywhere.
    private static String encode(String s) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        try {
            return new String(java.util.Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
