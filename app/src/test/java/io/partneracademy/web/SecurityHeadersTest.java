package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser-side defences every response carries, and the templates that make a strict CSP possible. */
@MicronautTest(transactional = false)
class SecurityHeadersTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void everyResponseForbidsFramingSniffingAndScriptsFromElsewhere() {
        Browser browser = new Browser(server.getURI());

        for (String path : List.of("/login", "/static/app.css", "/no/such/page", "/health")) {
            HttpHeaders headers = browser.fetch(path).headers();

            assertThat(headers.firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("script-src 'self';").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").doesNotContain("unsafe-inline");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).get().asString().contains("camera=()");
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void signedInPagesAreNeverStoredAndASentProtoIsNotBelievedFromAnyone() throws Exception {
        UserSummary learner = fixtures.user("Cache Less", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(learner.email(), Fixtures.PASSWORD);

        HttpHeaders home = browser.fetch("/").headers();
        HttpHeaders exams = browser.fetch("/exams").headers();
        java.net.http.HttpResponse<String> forged = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/login"))
                        .header("X-Forwarded-Proto", "https").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(home.firstValue("Cache-Control")).hasValue("no-store");
        assertThat(exams.firstValue("Cache-Control")).hasValue("no-store");
        assertThat(forged.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void noTemplateHasInlineScriptsStylesOrEventHandlers() throws IOException {
        List<String> offences = new ArrayList<>();
        Path views = ProjectDir.get().resolve("app/src/main/resources/views");
        try (Stream<Path> files = Files.walk(views)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document template = Jsoup.parse(Files.readString(file));
                String name = views.relativize(file).toString();
                template.select("script").stream().filter(s -> !s.data().isBlank() || !s.hasAttr("src"))
                        .forEach(s -> offences.add(name + ": inline <script>"));
                template.select("style").forEach(s -> offences.add(name + ": <style> element"));
                template.getAllElements().forEach(element -> {
                    for (Attribute a : element.attributes()) {
                        String key = a.getKey().toLowerCase();
                        String bare = key.startsWith("th:") ? key.substring(3) : key;
                        if (bare.equals("style") || bare.startsWith("on") || a.getValue().contains("javascript:")) {
                            offences.add(name + ": " + key + " on <" + element.tagName() + ">");
                        }
                    }
                });
            }
        }

        assertThat(offences).isEmpty();
    }
}
