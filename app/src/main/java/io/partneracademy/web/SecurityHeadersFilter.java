package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Puts the browser-side defences on every response: scripts, styles and everything else only from this site (the
 * pages have no inline scripts, styles or event handler attributes), no framing (exam and admin pages cannot be
 * overlaid by another site), no MIME sniffing, no referrer to other sites, no powerful browser features; signed-in
 * pages are never stored by a browser or proxy cache; HSTS when the request came over HTTPS.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "display-capture=(), fullscreen=(self)";
    static final String HSTS = "max-age=31536000";
    private static final String STATIC_PREFIX = "/static/";

    private final ClientAddress clientAddress;

    SecurityHeadersFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "Referrer-Policy", "same-origin");
        setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
        if (request.getUserPrincipal().isPresent() && !request.getPath().startsWith(STATIC_PREFIX)) {
            // What a signed-in person sees (their answers, results, other people's data) must not outlive the
            // session in a shared computer's cache or on the back button after sign-out.
            response.getHeaders().set("Cache-Control", "no-store");
        }
        if (clientAddress.cameOverHttps(request)) {
            setIfAbsent(response, "Strict-Transport-Security", HSTS);
        }
    }

    private static void setIfAbsent(MutableHttpResponse<?> response, String name, String value) {
        if (!response.getHeaders().contains(name)) {
            response.getHeaders().set(name, value);
        }
    }
}
