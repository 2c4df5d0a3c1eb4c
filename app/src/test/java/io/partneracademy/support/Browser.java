package io.partneracademy.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser session against the running server: keeps cookies, does not follow redirects, and sends the CSRF
 * token of the last page it saw with every form, the way a real form post does.
 */
public final class Browser {

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String csrfToken = "";

    public Browser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The value of a cookie the server set, or null; lets a load generator send the same session. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Sends this cookie from now on, e.g. a session cookie kept from before a sign-out, as an attacker would. */
    public void setCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** A browser for another node behind the same load balancer: it sends every cookie this one holds. */
    public Browser sameSessionOn(URI other) {
        Browser browser = new Browser(other);
        for (java.net.HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            browser.setCookie(cookie.getName(), cookie.getValue());
        }
        browser.csrfToken = csrfToken;
        return browser;
    }

    /** The CSRF token of the last page seen, as the page scripts send it. */
    public String csrfToken() {
        return csrfToken;
    }

    /** GET as a browser asking for HTML. */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET());
    }

    /** GET as Chromium does when a link is followed or a URL typed: HTML preferred, anything accepted. */
    public Page navigate(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", CHROMIUM_ACCEPT).GET());
    }

    /** The Accept header Chromium sends for a navigation. */
    public static final String CHROMIUM_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    /** GET accepting anything, as curl or a metrics scraper does. */
    public Page getAny(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "*/*").GET());
    }

    /** GET as an API client asking for JSON. */
    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** GET of a download (a PDF): the status and the raw bytes. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "*/*")
                    .timeout(java.time.Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file. */
    public record Download(int status, byte[] bytes, String contentType) {
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrfToken", csrfToken);
        return postRaw(path, withToken);
    }

    /** Posts a form the way the page scripts do: token in the X-CSRF-TOKEN header, JSON answer expected. */
    public Page postAjax(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrfToken)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts fields (a name may repeat) the way the page scripts do: token in the header, JSON answer expected. */
    public Page postAjaxFields(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrfToken)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form exactly as given, without adding a CSRF token. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a multipart form with one file, the way the library's upload script does: the CSRF token of the
     * last page seen goes in the X-CSRF-TOKEN header.
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] bytes) {
        return postMultipart(path, fields, fileField, fileName, bytes, Map.of("X-CSRF-TOKEN", csrfToken));
    }

    /**
     * Posts a multipart form with one file the way a browser without scripts does: the token stays in a form field
     * the server cannot read before the body, and the browser adds its own headers ({@code Origin},
     * {@code Sec-Fetch-Site}), given here.
     */
    public Page postMultipartForm(String path, Map<String, String> fields, String fileField, String fileName,
                                  byte[] bytes, Map<String, String> browserHeaders) {
        Map<String, String> withToken = new java.util.HashMap<>(fields);
        withToken.put("csrfToken", csrfToken);
        return postMultipart(path, withToken, fileField, fileName, bytes, browserHeaders);
    }

    /** The origin this browser talks to, as a browser would send it in {@code Origin}. */
    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                               byte[] bytes, Map<String, String> headers) {
        String boundary = "----pa" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        fields.forEach((k, v) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(bytes);
        write.accept("\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request);
    }

    /** GET returning the raw bytes, e.g. a download. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Uploads one file as multipart/form-data the way public/lab-upload.js does: the CSRF token in the header, a
     * JSON answer expected. The file name is sent exactly as given.
     */
    public Page postFile(String path, String field, String fileName, String contentType, byte[] bytes) {
        String boundary = "----pa" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrfToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, bytes, tail))));
    }

    /** GET returning the raw response: bytes and all headers. */
    public HttpResponse<byte[]> fetch(String path) {
        return fetch(path, Map.of());
    }

    /** GET with extra request headers (a Range, say), returning the raw response. */
    public HttpResponse<byte[]> fetch(String path, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "*/*").GET()
                    .timeout(java.time.Duration.ofSeconds(30));
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form whose fields may repeat (checkboxes, lists), with the CSRF token of the last page seen. */
    public Page postFields(String path, List<Map.Entry<String, String>> fields) {
        String body = java.util.stream.Stream.concat(fields.stream(), java.util.stream.Stream.of(
                        Map.entry("csrfToken", csrfToken)))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the login page and signs in. */
    public Page login(String email, String password) {
        get("/login");
        return post("/login", Map.of("email", email, "password", password));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(java.time.Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""));
            if (page.contentType().startsWith("text/html")) {
                Element token = page.html().selectFirst("input[name=csrfToken]");
                if (token != null) {
                    csrfToken = token.attr("value");
                }
            }
            return page;
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

    /** A response as the user sees it. */
    public record Page(int status, String body, String location, String contentType, String contentDisposition) {

        /** Whether a browser saves this answer as a file instead of showing it. */
        public boolean isDownload() {
            return contentDisposition.toLowerCase(java.util.Locale.ROOT).startsWith("attachment");
        }

        public Document html() {
            return Jsoup.parse(body);
        }

        public String text() {
            return html().text();
        }
    }
}
