package io.partneracademy.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A resource's page in words a partner reads, and its download named after the resource. */
@MicronautTest(transactional = false)
class ResourcePageTest extends DatabaseTest {

    private static final String TITLE = "Zürich pricing: Q3 – partners";
    /** RFC 8187 section 3.2.1 ext-value with the UTF-8 charset and an empty language, as a regular expression. */
    private static final Pattern EXT_VALUE = Pattern.compile("UTF-8''((?:[A-Za-z0-9!#$&+\\-.^_`|~]|%[0-9A-F]{2})+)");

    @Inject
    EmbeddedServer server;
    @Inject
    Library library;
    @Inject
    Fixtures fixtures;

    private Partner partner;

    @BeforeAll
    void oneResource() {
        library.save(new ResourceForm("zurich-pricing", TITLE, "battle-card", "pricing", "de", Tier.REGISTERED,
                        "owner@example.com", LocalDate.of(2030, 1, 1)), "resource.md",
                "# Preise\n\nZürich.".getBytes(StandardCharsets.UTF_8), ResourceStore.Source.UPLOAD, null);
        partner = fixtures.partner("Words Reseller");
    }

    @Test
    void aLearnerReadsTypeTierAndLanguageAsWordsAndNoOwnerAddress() {
        Browser learner = signedIn(fixtures.employee(partner, "Lea Learner", Role.LEARNER));

        String facts = learner.get("/library/resources/zurich-pricing").html().select("dl.facts").text();

        assertThat(facts).contains("Battle card", "Registered", "German")
                .doesNotContain("battle-card", "REGISTERED", " de ", "owner@example.com", "Owner");
    }

    @Test
    void vendorStaffStillSeeTheOwner() {
        Browser author = signedIn(fixtures.user("Art Author", Role.AUTHOR));

        String facts = author.get("/library/resources/zurich-pricing").html().select("dl.facts").text();

        assertThat(facts).contains("Owner", "owner@example.com");
    }

    @Test
    void theDownloadIsNamedAfterTheResourceInUtf8WithAnAsciiFallback() {
        Browser learner = signedIn(fixtures.employee(partner, "Dan Downloader", Role.LEARNER));

        HttpResponse<byte[]> download = learner.getBytes("/library/resources/zurich-pricing/download");
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(disposition).startsWith("attachment; filename=\"Zurich pricing Q3 partners.md\"; filename*=");
        Matcher ext = EXT_VALUE.matcher(disposition.substring(disposition.indexOf("filename*=") + 10));
        assertThat(ext.matches()).as("filename* is an RFC 8187 ext-value: %s", disposition).isTrue();
        assertThat(percentDecode(ext.group(1))).isEqualTo("Zürich pricing Q3 – partners.md");
        assertThat(learner.get("/library/resources/zurich-pricing").html().select("dl.facts").text())
                .contains("Zürich pricing Q3 – partners.md").doesNotContain("resource.md");
    }

    @Test
    void everyResourceTypeHasWords() throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(ProjectDir.get()
                .resolve("app/src/main/resources/i18n/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }

        assertThat(Arrays.stream(ResourceType.values()).map(t -> "resource-type." + t.slug()))
                .allMatch(messages::containsKey);
    }

    private static String percentDecode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
