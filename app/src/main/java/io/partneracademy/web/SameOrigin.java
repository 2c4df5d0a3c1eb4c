package io.partneracademy.web;

import io.micronaut.http.HttpRequest;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether the browser says a request comes from a page of this site: {@code Sec-Fetch-Site: same-origin} where
 * the browser sends fetch metadata, otherwise an {@code Origin} whose host and port are the request's
 * {@code Host}. A page on another site cannot make a victim's browser say either; a missing or {@code null}
 * origin counts as foreign.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean test(HttpRequest<?> request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeaders().get("Origin");
        String host = request.getHeaders().get("Host");
        if (origin == null || host == null || origin.equals("null")) {
            return false;
        }
        try {
            String authority = new URI(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
