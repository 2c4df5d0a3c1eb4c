package io.partneracademy.accounts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that signs in the way a hostile one would: any extra headers, and a form body written byte for byte
 * (so a {@code next} can hold a raw tab or a space decoded from {@code %20}).
 */
final class SignInClient {

    private final URI base;
    private final HttpClient http;
    private String csrfToken = "";

    SignInClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the login page (cookies and CSRF token), as every sign-in starts. */
    SignInClient open() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/login")).header("Accept", "text/html")
                .GET());
        Element token = Jsoup.parse(page.body()).selectFirst("input[name=csrfToken]");
        csrfToken = token == null ? "" : token.attr("value");
        return this;
    }

    /** Posts email and password (URL-encoded here), then {@code rawTail} appended to the body as it is. */
    HttpResponse<String> signIn(String email, String password, String rawTail, String... headers) {
        String body = "csrfToken=" + encode(csrfToken) + "&email=" + encode(email) + "&password=" + encode(password)
                + rawTail;
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/login"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
