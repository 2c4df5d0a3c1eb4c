package io.partneracademy.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's course completion reads the same on the course page, the partner's team page and CSV, the program
 * report and the API, also where the old rules disagreed: a lesson their audience does not see, and a new version
 * of a course they had completed.
 */
@MicronautTest(transactional = false)
class CourseCompletionEverywhereTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    Courses courses;
    @Inject
    PathEnrolments paths;
    @Inject
    ApiTokens tokens;
    @Inject
    JsonMapper json;
    @Inject
    Partners partners;

    @Test
    void aLessonForGoldPartnersDoesNotKeepASilverLearnerFromCompletingTheCourseAnywhere() {
        importer.importTree(intro("welcome, second-lesson, gold-extra").root(), null);
        Partner silver = partner("Silverline");
        UserSummary admin = fixtures.employee(silver, "Sue Silveradmin", Role.PARTNER_ADMIN);
        CurrentUser sam = learner(silver, "Sam Silver");

        courses.complete(sam, "intro", "welcome");
        courses.complete(sam, "intro", "second-lesson");

        assertCompleteEverywhere(silver, admin, sam);
    }

    @Test
    void aCompletionStaysEarnedWhenANewVersionAddsALesson() {
        importer.importTree(intro("welcome, second-lesson").root(), null);
        Partner partner = partner("Versioned");
        UserSummary admin = fixtures.employee(partner, "Val Versionadmin", Role.PARTNER_ADMIN);
        CurrentUser vic = learner(partner, "Vic Versioned");
        courses.complete(vic, "intro", "welcome");
        courses.complete(vic, "intro", "second-lesson");

        importer.importTree(intro("welcome, second-lesson, for-everyone").root(), null);

        assertCompleteEverywhere(partner, admin, vic);
    }

    private void assertCompleteEverywhere(Partner partner, UserSummary admin, CurrentUser learner) {
        Browser own = signedIn(learner.email());
        Browser partnerAdmin = signedIn(admin.email());
        Browser vendor = signedIn(fixtures.user("Ada Admin", Role.ADMIN).email());

        String coursePage = own.get("/courses/intro").html().select("progress").attr("value");
        String teamCell = cell(partnerAdmin.getAny("/tiers/partners/" + partner.id() + "/people.csv").body(),
                learner.displayName(), "Basics Path");
        List<String> funnel = row(vendor.getAny("/program/funnel.csv?period=all&region=" + partner.region()).body(),
                "Foundation");
        Map<String, Object> api = basics(learner.id(), partner.id());

        assertThat(coursePage).isEqualTo("100");
        assertThat(teamCell).isEqualTo("100% of training");
        assertThat(funnel.subList(0, 3)).containsExactly("Foundation", "1", "1");
        assertThat(api.get("percent")).isEqualTo(100);
        assertThat(api.get("courses").toString()).contains("courseId=intro", "percent=100");
        assertThat(String.valueOf(api.get("missing"))).doesNotContain("intro");
    }

    /** The fixture content with the "intro" course made of these lessons; gold-extra is for Gold partners only. */
    private static ContentFixture intro(String lessons) {
        ContentFixture content = ContentFixture.create()
                .replace("courses/intro/course.yaml", "lessons: [welcome, second-lesson]", "lessons: [" + lessons + "]");
        if (lessons.contains("gold-extra")) {
            content.write("courses/intro/gold-extra.md", ContentFixture.lesson("Gold extra", "# Gold\n\nFor Gold.\n")
                    .replace("---\n#", "audience:\n  min-tier: GOLD\n---\n#"));
        }
        if (lessons.contains("for-everyone")) {
            content.write("courses/intro/for-everyone.md", ContentFixture.lesson("New", "# New\n\nAdded later.\n"));
        }
        return content;
    }

    /** A Silver reseller in a region of its own, so the program report counts only this test's people. */
    private Partner partner(String name) {
        return partners.create(new PartnerForm(name + " " + UUID.randomUUID(), PartnerType.RESELLER,
                "R-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2024, 1, 15), Tier.SILVER));
    }

    private CurrentUser learner(Partner partner, String name) {
        CurrentUser learner = Learning.learner(fixtures.employee(partner, name, Role.LEARNER));
        paths.enrol(learner, "basics");
        return learner;
    }

    private Map<String, Object> basics(long personId, long partnerId) {
        UserSummary admin = fixtures.user("Token Admin", Role.ADMIN);
        CurrentUser me = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));
        String token = tokens.create(me, new ApiTokenForm("Completion", String.valueOf(partnerId), 30,
                List.of("enrolments:read"))).secret();
        ApiCalls.Answer progress = new ApiCalls(server.getURI(), json).get(token, "/api/v1/people/" + personId + "/progress");
        assertThat(progress.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> basics = progress.listBody().stream().map(p -> (Map<String, Object>) p)
                .filter(p -> p.get("pathId").equals("basics")).findFirst().orElseThrow();
        return basics;
    }

    private Browser signedIn(String email) {
        Browser browser = new Browser(server.getURI());
        browser.login(email, Fixtures.PASSWORD);
        return browser;
    }

    private static String cell(String csv, String name, String column) {
        List<CSVRecord> records = records(csv);
        int index = records.get(0).toList().indexOf(column);
        return records.stream().filter(r -> r.get(0).equals(name)).findFirst().orElseThrow().get(index);
    }

    private static List<String> row(String csv, String first) {
        return records(csv).stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow().toList();
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
