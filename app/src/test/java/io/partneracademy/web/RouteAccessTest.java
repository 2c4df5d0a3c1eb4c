package io.partneracademy.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.DemoSite;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET route the router knows, requested as each kind of person on the demo data with real ids: no 5xx anywhere,
 * and each answer as the table says. A route without a row fails the test, so a new page cannot ship unvisited.
 */
@MicronautTest(transactional = false)
class RouteAccessTest extends DemoSiteTest {

    private static final String PASSWORD = DemoSite.PASSWORD;
    /** Column order of the table: anonymous, learner, reviewer, author, partner admin, partner manager, admin. */
    private static final List<String> PEOPLE = List.of("", "learner@globaltech.example", "reviewer@partneracademy.example",
            "author@partneracademy.example", "partneradmin@globaltech.example", "manager@partneracademy.example",
            "admin@partneracademy.example");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    private final Map<String, String> ids = new HashMap<>();

    /** The expected status per route, one column per person in {@link #PEOPLE}, and the concrete path visited. */
    private Map<String, Row> table() {
        Map<String, Row> t = new LinkedHashMap<>();
        t.put("/", row("/", 200, 200, 200, 200, 200, 200, 200));
        t.put("/.well-known/did.json", row("/.well-known/did.json", 200, 200, 200, 200, 200, 200, 200));
        t.put("/did.json", row("/did.json", 200, 200, 200, 200, 200, 200, 200));
        t.put("/directory", row("/directory", 200, 200, 200, 200, 200, 200, 200));
        t.put("/directory/settings", row("/directory/settings", 303, 200, 200, 200, 200, 200, 200));
        t.put("/achievements/{pathId}", row("/achievements/foundation", 200, 200, 200, 200, 200, 200, 200));
        t.put("/achievements/{pathId}/image.svg", row("/achievements/foundation/image.svg", 200, 200, 200, 200, 200, 200, 200));
        t.put("/api-docs", row("/api-docs", 200, 200, 200, 200, 200, 200, 200));
        t.put("/api/openapi.yml", row("/api/openapi.yml", 200, 200, 200, 200, 200, 200, 200));
        t.put("/api-tokens", row("/api-tokens", 303, 403, 403, 403, 200, 403, 200));
        // The API takes no session: without a bearer token everyone gets 401 (ApiTest covers tokens).
        t.put("/api/v1/certifications", row("/api/v1/certifications", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/partners", row("/api/v1/partners", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/partners/{id}", row("/api/v1/partners/1", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/partners/{id}/tier-history", row("/api/v1/partners/1/tier-history", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/partners/{id}/people", row("/api/v1/partners/1/people", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/partners/{id}/roster-imports/{importId}", row("/api/v1/partners/1/roster-imports/1", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/people/{personId}/enrolments", row("/api/v1/people/1/enrolments", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/webhooks", row("/api/v1/webhooks", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/webhooks/events", row("/api/v1/webhooks/events", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/webhooks/{id}", row("/api/v1/webhooks/1", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/webhooks/{id}/deliveries", row("/api/v1/webhooks/1/deliveries", 401, 401, 401, 401, 401, 401, 401));
        t.put("/admin/certifications", row("/admin/certifications", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/content", row("/admin/content", 303, 403, 403, 200, 403, 403, 200));
        t.put("/admin/partners", row("/admin/partners", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/partners/new", row("/admin/partners/new", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/partners/{id}", row("/admin/partners/:globaltech", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/people/{userId}/employment", row("/admin/people/:yuki/employment", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/tier-policy", row("/admin/tier-policy", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/users", row("/admin/users", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/users/new", row("/admin/users/new", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/users/{id}", row("/admin/users/:learner", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/users/{userId}/accommodations", row("/admin/users/:learner/accommodations", 303, 403, 403, 403, 403, 403, 200));
        t.put("/attempts/{attemptId}", row("/attempts/:attempt", 303, 200, 404, 404, 404, 404, 404));
        t.put("/attempts/{attemptId}/result", row("/attempts/:attempt/result", 303, 303, 404, 404, 404, 404, 404));
        t.put("/attempts/{attemptId}/review", row("/attempts/:attempt/review", 303, 200, 404, 404, 404, 404, 404));
        t.put("/attempts/{attemptId}/status", row("/attempts/:attempt/status", 303, 200, 404, 404, 404, 404, 404));
        t.put("/authoring", row("/authoring", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/live", row("/authoring/live", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/live/new", row("/authoring/live/new", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/live/{id}", row("/authoring/live/:livesession", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/courses/{id}/export", row("/authoring/courses/program-essentials/export", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/courses/{id}/translations", row("/authoring/courses/program-essentials/translations", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/courses/{id}/translations/{language}/course", row("/authoring/courses/program-essentials/translations/fr/course", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/courses/{id}/translations/{language}/lessons/{lessonId}", row("/authoring/courses/program-essentials/translations/fr/lessons/program-tier-benefits", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/translations", row("/authoring/exams/foundation-exam/translations", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/translations/export.zip", row("/authoring/exams/foundation-exam/translations/export.zip", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/translations/title", row("/authoring/exams/foundation-exam/translations/title?language=pt-BR", 303, 403, 403, 303, 403, 403, 303));
        t.put("/authoring/exams/{id}/translations/{language}/title", row("/authoring/exams/foundation-exam/translations/de/title", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/translations/{language}/questions/{questionId}", row("/authoring/exams/foundation-exam/translations/fr/questions/fnd-program-004", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/export.gift", row("/authoring/exams/foundation-exam/export.gift", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/export.qti.zip", row("/authoring/exams/foundation-exam/export.qti.zip", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/bank", row("/authoring/exams/foundation-exam/bank", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/exams/{id}/bank/questions/new/{kind}", row("/authoring/exams/foundation-exam/bank/questions/new/numerical", 303, 403, 403, 200, 403, 403, 200));
        // The shipped exams have no questions written in the browser: an author finds none to edit.
        t.put("/authoring/exams/{id}/bank/questions/{questionId}", row("/authoring/exams/foundation-exam/bank/questions/fnd-program-001", 303, 403, 403, 404, 403, 403, 404));
        t.put("/authoring/drafts/{id}", row("/authoring/drafts/:draft", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/drafts/{id}/lessons/new", row("/authoring/drafts/:draft/lessons/new", 303, 403, 403, 200, 403, 403, 200));
        t.put("/authoring/drafts/{id}/lessons/{lessonId}", row("/authoring/drafts/:draft/lessons/program-partner-portal-tour", 303, 403, 403, 200, 403, 403, 200));
        t.put("/certifications", row("/certifications", 303, 200, 200, 200, 200, 200, 200));
        t.put("/certifications/{id}/badge.json", row("/certifications/:credential/badge.json", 303, 404, 404, 404, 200, 200, 200));
        t.put("/certifications/{id}/certificate.pdf", row("/certifications/:credential/certificate.pdf", 303, 404, 404, 404, 200, 200, 200));
        t.put("/courses", row("/courses", 303, 200, 200, 200, 200, 200, 200));
        t.put("/courses/{id}", row("/courses/program-essentials", 303, 200, 200, 200, 200, 200, 200));
        t.put("/courses/{id}/assets/{+path}", row("/courses/program-essentials/assets/missing.svg", 303, 404, 404, 404, 404, 404, 404));
        t.put("/courses/{courseId}/quizzes/{quizId}", row("/courses/program-essentials/quizzes/program-structure-check", 303, 200, 200, 200, 200, 200, 200));
        // Nobody has started a round of the demo quiz: the question sends them to the quiz's start page.
        t.put("/courses/{courseId}/quizzes/{quizId}/questions/{number}", row("/courses/program-essentials/quizzes/program-structure-check/questions/1", 303, 303, 303, 303, 303, 303, 303));
        t.put("/courses/{id}/lessons/{lessonId}", row("/courses/program-essentials/lessons/program-partner-portal-tour", 303, 200, 200, 200, 200, 200, 200));
        t.put("/exams", row("/exams", 303, 200, 200, 200, 200, 200, 200));
        t.put("/exams/{id}", row("/exams/foundation-exam", 303, 200, 200, 200, 200, 200, 200));
        t.put("/health", row("/health", 200, 200, 200, 200, 200, 200, 200));
        t.put("/health/{selector}", row("/health/liveness", 200, 200, 200, 200, 200, 200, 200));
        t.put("/invitations/{token}", row("/invitations/not-a-real-token", 404, 404, 404, 404, 404, 404, 404));
        t.put("/itemstats", row("/itemstats", 303, 403, 403, 200, 403, 403, 200));
        t.put("/itemstats/{examId}", row("/itemstats/foundation-exam", 303, 403, 403, 200, 403, 403, 200));
        t.put("/itemstats/{examId}/questions.csv", row("/itemstats/foundation-exam/questions.csv", 303, 403, 403, 200, 403, 403, 200));
        t.put("/itemstats/{examId}/questions/{questionId}/revise", row("/itemstats/foundation-exam/questions/:question/revise", 303, 403, 403, 200, 403, 403, 200));
        t.put("/labs", row("/labs", 303, 200, 200, 200, 200, 200, 200));
        t.put("/labs/submissions/{submissionId}/file", row("/labs/submissions/:submission/file", 303, 200, 404, 404, 404, 404, 404));
        t.put("/labs/{trackId}", row("/labs/architect-design-review", 303, 200, 200, 200, 200, 200, 200));
        t.put("/labs/{trackId}/tasks/{taskId}", row("/labs/architect-design-review/tasks/design-document", 303, 200, 200, 200, 200, 200, 200));
        t.put("/library", row("/library", 303, 200, 200, 200, 200, 200, 200));
        t.put("/library/manage", row("/library/manage", 303, 403, 403, 200, 403, 403, 200));
        t.put("/library/resources/{id}", row("/library/resources/:resource", 303, 200, 200, 200, 200, 200, 200));
        t.put("/library/resources/{id}/download", row("/library/resources/:resource/download", 303, 200, 200, 200, 200, 200, 200));
        t.put("/login", row("/login", 200, 200, 200, 200, 200, 200, 200));
        t.put("/sso", row("/sso", 200, 200, 200, 200, 200, 200, 200));
        // a callback without the state this browser started with is refused for everyone (SsoSignInTest covers the rest)
        t.put("/sso/callback", row("/sso/callback", 400, 400, 400, 400, 400, 400, 400));
        t.put("/admin/sso", row("/admin/sso", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/sso/changes", row("/admin/sso/changes", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/sso/changes.csv", row("/admin/sso/changes.csv", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/sso/providers/new", row("/admin/sso/providers/new", 303, 403, 403, 403, 403, 403, 200));
        t.put("/admin/sso/providers/{id}", row("/admin/sso/providers/1", 303, 403, 403, 403, 403, 403, 404));
        t.put("/live", row("/live", 303, 200, 200, 200, 200, 200, 200));
        t.put("/live/attendance", row("/live/attendance", 303, 403, 403, 403, 200, 200, 200));
        t.put("/live/month", row("/live/month?month=2027-01", 303, 200, 200, 200, 200, 200, 200));
        t.put("/live/{id}", row("/live/:livesession", 303, 200, 200, 200, 200, 200, 200));
        t.put("/live/{id}/calendar.ics", row("/live/:livesession/calendar.ics", 303, 200, 200, 200, 200, 200, 200));
        t.put("/live/{id}/roster", row("/live/:livesession/roster", 303, 404, 404, 200, 404, 404, 200));
        t.put("/live/{id}/files/{fileId}", row("/live/:livesession/files/:livefile", 303, 200, 200, 200, 200, 200, 200));
        // the feed's secret is the key: nobody is signed in by it, and an unknown one is a 404 for everyone
        t.put("/calendar/{token}.ics", row("/calendar/00000000000000000000000000000000.ics", 404, 404, 404, 404, 404, 404, 404));
        t.put("/notifications", row("/notifications", 303, 200, 200, 200, 200, 200, 200));
        t.put("/profile", row("/profile", 303, 200, 200, 200, 200, 200, 200));
        t.put("/partners", row("/partners", 303, 403, 403, 403, 200, 200, 200));
        t.put("/partners/{id}", row("/partners/:globaltech", 303, 403, 403, 403, 200, 200, 200));
        t.put("/partners/{id} (another company)", row("/partners/:datacorp", 303, 403, 403, 403, 403, 403, 200));
        t.put("/webhook-subscriptions", row("/webhook-subscriptions", 303, 403, 403, 403, 200, 403, 200));
        t.put("/webhook-subscriptions/{id}", row("/webhook-subscriptions/999999", 303, 403, 403, 403, 404, 403, 404));
        t.put("/api/v1/people/{personId}/progress", row("/api/v1/people/1/progress", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/people/{personId}/exam-attempts", row("/api/v1/people/1/exam-attempts", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/live/attendance", row("/api/v1/live/attendance", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/live/sessions", row("/api/v1/live/sessions", 401, 401, 401, 401, 401, 401, 401));
        t.put("/api/v1/library/search", row("/api/v1/library/search", 401, 401, 401, 401, 401, 401, 401));
        t.put("/partners/{id}/sso", row("/partners/:globaltech/sso", 303, 403, 403, 403, 200, 403, 200));
        t.put("/partners/{id}/sso (another company)", row("/partners/:datacorp/sso", 303, 403, 403, 403, 403, 403, 200));
        t.put("/partners/{id}/sso (no such company)", row("/partners/999999/sso", 303, 403, 403, 403, 404, 403, 404));
        // the demo has no provider: its own company's partner admin and admins get 404, everyone else 403 first
        t.put("/partners/{id}/sso/changes", row("/partners/:globaltech/sso/changes", 303, 403, 403, 403, 200, 403, 200));
        t.put("/partners/{id}/sso/changes.csv", row("/partners/:globaltech/sso/changes.csv", 303, 403, 403, 403, 200, 403, 200));
        t.put("/partners/{id}/sso/providers/{providerId}", row("/partners/:globaltech/sso/providers/999999", 303, 403, 403, 403, 404, 403, 404));
        t.put("/partners/{id}/roster", row("/partners/:globaltech/roster", 303, 403, 403, 403, 200, 403, 200));
        t.put("/partners/{id}/roster/{importId}", row("/partners/:globaltech/roster/999999", 303, 403, 403, 403, 404, 403, 404));
        t.put("/partners/{id}/people/{userId}", row("/partners/:globaltech/people/:yuki", 303, 403, 403, 403, 200, 200, 200));
        t.put("/paths", row("/paths", 303, 200, 200, 200, 200, 200, 200));
        t.put("/paths/{id}", row("/paths/foundation", 303, 200, 200, 200, 200, 200, 200));
        t.put("/program", row("/program", 303, 403, 403, 200, 403, 403, 200));
        t.put("/program/{table}.csv", row("/program/funnel.csv", 303, 403, 403, 200, 403, 403, 200));
        // metrics only with the scrape token (none here), whoever is signed in
        t.put("/prometheus", row("/prometheus", 404, 404, 404, 404, 404, 404, 404));
        t.put("/reviews", row("/reviews", 303, 403, 200, 200, 403, 403, 403));
        t.put("/reviews/{id}", row("/reviews/:submission", 303, 403, 200, 200, 403, 403, 403));
        t.put("/reviews/{id}/file", row("/reviews/:submission/file", 303, 403, 200, 200, 403, 403, 403));
        t.put("/tiers", row("/tiers", 303, 403, 403, 403, 200, 200, 200));
        t.put("/tiers/export.csv", row("/tiers/export.csv", 303, 403, 403, 403, 200, 200, 200));
        t.put("/tiers/partners/{id}", row("/tiers/partners/:globaltech", 303, 403, 403, 403, 200, 200, 200));
        t.put("/tiers/partners/{id} (another company)", row("/tiers/partners/:datacorp", 303, 403, 403, 403, 403, 403, 200));
        t.put("/tiers/partners/{id}/people.csv", row("/tiers/partners/:globaltech/people.csv", 303, 403, 403, 403, 200, 200, 200));
        t.put("/assignments/partners/{id}", row("/assignments/partners/:globaltech", 303, 403, 403, 403, 200, 200, 200));
        t.put("/assignments/partners/{id} (another company)", row("/assignments/partners/:datacorp", 303, 403, 403, 403, 403, 403, 200));
        t.put("/assignments/rules", row("/assignments/rules", 303, 403, 403, 403, 200, 200, 200));
        t.put("/assignments/rules/{id}", row("/assignments/rules/:ruleofglobaltech", 303, 403, 403, 403, 200, 200, 200));
        t.put("/assignments/rules/{id} (another company)", row("/assignments/rules/:ruleofdatacorp", 303, 403, 403, 403, 404, 404, 200));
        t.put("/onboarding/partners/{id}", row("/onboarding/partners/:globaltech", 303, 403, 403, 403, 200, 200, 200));
        t.put("/onboarding/partners/{id} (another company)", row("/onboarding/partners/:datacorp", 303, 403, 403, 403, 403, 403, 200));
        t.put("/onboarding/default", row("/onboarding/default", 303, 403, 403, 403, 403, 403, 200));
        t.put("/portal", row("/portal", 303, 403, 403, 403, 303, 200, 200));
        t.put("/portal/partners/{id}", row("/portal/partners/:globaltech", 303, 403, 403, 403, 200, 200, 200));
        t.put("/portal/partners/{id} (another company)", row("/portal/partners/:datacorp", 303, 403, 403, 403, 403, 403, 200));
        t.put("/assignments/partners/{id}/assignments.csv", row("/assignments/partners/:globaltech/assignments.csv", 303, 403, 403, 403, 200, 200, 200));
        t.put("/token_info", row("/token_info", 303, 200, 200, 200, 200, 200, 200));
        t.put("/verify", row("/verify", 200, 200, 200, 200, 200, 200, 200));
        t.put("/verify/pdf", row("/verify/pdf", 200, 200, 200, 200, 200, 200, 200));
        t.put("/verify/revocations", row("/verify/revocations", 200, 200, 200, 200, 200, 200, 200));
        t.put("/verify/status/revocation", row("/verify/status/revocation", 200, 200, 200, 200, 200, 200, 200));
        t.put("/verify/{id}", row("/verify/:credential", 200, 200, 200, 200, 200, 200, 200));
        return t;
    }

    @BeforeAll
    void makeOneOfEverything() {
        Browser learner = signedIn(PEOPLE.get(1));
        learner.get("/exams/foundation-exam");
        String attempt = learner.post("/exams/foundation-exam/attempts", Map.of()).location();
        ids.put("attempt", attempt.substring(attempt.lastIndexOf('/') + 1));
        String lab = "/labs/architect-design-review";
        learner.get(lab);
        learner.post(lab + "/start", Map.of());
        learner.get(lab + "/tasks/deployment-choice");
        learner.post(lab + "/tasks/deployment-choice/answer", Map.of("answer", "vpc"));
        learner.post(lab + "/tasks/deny-rule/answer", Map.of("answer", "sap.update_vendor_bank"));
        learner.get(lab + "/tasks/design-document");
        learner.postMultipart(lab + "/tasks/design-document/artifact", Map.of(), "file", "design.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes());
        Browser author = signedIn(PEOPLE.get(3));
        author.get("/authoring");
        String draft = author.post("/authoring/courses/program-essentials/draft", Map.of()).location();
        ids.put("draft", draft == null ? "0" : draft.substring(draft.lastIndexOf('/') + 1));
        ids.put("submission", site.query("SELECT MAX(id) FROM lab_submission"));
        ids.put("resource", site.query("SELECT MIN(id) FROM resource"));
        ids.put("credential", site.query("SELECT c.credential_id FROM certification c JOIN app_user u ON u.id = c.user_id "
                + "WHERE u.email = 'yuki.tanaka@globaltech.example' ORDER BY c.id LIMIT 1"));
        ids.put("globaltech", site.query("SELECT id FROM partner WHERE name = 'GlobalTech Solutions'"));
        ids.put("datacorp", site.query("SELECT id FROM partner WHERE name = 'DataCorp Partners'"));
        ids.put("yuki", site.query("SELECT id FROM app_user WHERE email = 'yuki.tanaka@globaltech.example'"));
        ids.put("question", site.query("SELECT MIN(question_id) FROM exam_question WHERE exam_id = 'foundation-exam'"));
        ids.put("livesession", site.query("SELECT MIN(id) FROM live_session"));
        author.get("/live/" + ids.get("livesession") + "/roster");
        author.postMultipart("/live/" + ids.get("livesession") + "/files/material", Map.of(), "file", "workbook.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes());
        ids.put("livefile", site.query("SELECT MIN(id) FROM live_session_file"));
        ids.put("learner", site.query("SELECT id FROM app_user WHERE email = 'learner@globaltech.example'"));
        Browser partnerAdmin = signedIn(PEOPLE.get(4));
        partnerAdmin.get("/assignments/rules");
        partnerAdmin.post("/assignments/rules", Map.of("ruleKind", "RENEWAL", "work", "", "partner", ids.get("globaltech"),
                "daysBefore", "60", "confirm", "yes"));
        ids.put("ruleofglobaltech", site.query("SELECT MAX(id) FROM assignment_rule WHERE partner_id = " + ids.get("globaltech")));
        Browser admin = signedIn(PEOPLE.get(6));
        admin.get("/assignments/rules");
        admin.post("/assignments/rules", Map.of("ruleKind", "RENEWAL", "work", "", "partner", ids.get("datacorp"),
                "daysBefore", "60", "confirm", "yes"));
        ids.put("ruleofdatacorp", site.query("SELECT MAX(id) FROM assignment_rule WHERE partner_id = " + ids.get("datacorp")));
    }

    @Test
    void everyGetRouteAnswersAsTheTableSaysForEveryone() {
        Map<String, Row> table = table();
        TreeSet<String> routes = router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .map(r -> r.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Browser> people = PEOPLE.stream().map(this::signedIn).toList();

        StringBuilder actualTable = new StringBuilder();
        List<String> problems = new ArrayList<>();
        table.keySet().stream().filter(k -> !k.contains(" (") && !routes.contains(k))
                .forEach(k -> problems.add(k + ": a row for a route the router does not know"));
        routes.addAll(table.keySet().stream().filter(k -> k.contains(" (")).toList());
        for (String route : routes) {
            Row row = table.get(route);
            String path = row == null ? guess(route) : row.path(ids);
            List<Integer> actual = people.stream().map(b -> b.navigate(path).status()).toList();
            actualTable.append("        t.put(\"").append(route).append("\", row(\"").append(path).append("\", ")
                    .append(actual.stream().map(String::valueOf).collect(Collectors.joining(", "))).append("));\n");
            if (actual.stream().anyMatch(s -> s >= 500)) {
                problems.add(route + " (" + path + "): a 5xx in " + actual);
            }
            if (row == null) {
                problems.add(route + ": no row in the table");
            } else if (!row.expected().equals(actual)) {
                problems.add(route + " (" + path + "): expected " + row.expected() + ", got " + actual);
            }
        }
        assertThat(problems).as("routes as %s\nactual:\n%s", PEOPLE, actualTable).isEmpty();
    }

    private String guess(String route) {
        return route.replaceAll("\\{[^}]*}", "x");
    }

    private Browser signedIn(String email) {
        Browser browser = new Browser(server.getURI());
        if (!email.isEmpty()) {
            browser.login(email, PASSWORD);
        }
        return browser;
    }

    private static Row row(String path, int... expected) {
        return new Row(path, java.util.Arrays.stream(expected).boxed().toList());
    }

    /** A route's concrete path ({@code :name} replaced by a real id) and its expected statuses. */
    private record Row(String template, List<Integer> expected) {
        String path(Map<String, String> ids) {
            String path = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace(":" + id.getKey(), id.getValue());
            }
            return path;
        }
    }
}
