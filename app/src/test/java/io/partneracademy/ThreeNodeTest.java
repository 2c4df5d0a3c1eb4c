package io.partneracademy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.scheduling.annotation.Schedules;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.assignments.Assignments;
import io.partneracademy.assignments.WorkKind;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.authoring.FolderImport;
import io.partneracademy.exams.Attempts;
import io.partneracademy.files.FileStorage;
import io.partneracademy.live.LiveSessions;
import io.partneracademy.live.Registrations;
import io.partneracademy.live.SessionForm;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.LabContent;
import io.partneracademy.support.Learning;
import io.partneracademy.support.S3Server;
import io.partneracademy.support.TestClock;
import io.partneracademy.webhooks.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three application nodes in one JVM, each with its own port, Lucene index folder and caches, on one database and
 * one S3-compatible object store, as behind a load balancer without sticky sessions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeNodeTest {

    private static final Duration SESSION_CACHE = Duration.ofSeconds(2);
    private static final byte[] PDF = pdf(60_000);

    private final List<EmbeddedServer> nodes = new ArrayList<>();
    private final int smtpPort = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private Map<String, String> database;
    private EmbeddedServer a;
    private EmbeddedServer b;
    private EmbeddedServer c;
    private ContentFixture content;

    @BeforeAll
    void startThreeNodes() {
        smtp.start();
        Map<String, String> shared = new HashMap<>(new DatabaseTest() { }.getProperties());
        database = shared;
        shared.putAll(S3Server.storageProperties("three-nodes-" + UUID.randomUUID()));
        shared.put("partneracademy.sessions.cache-for", SESSION_CACHE.toSeconds() + "s");
        shared.put("partneracademy.mail.smtp-host", "127.0.0.1");
        shared.put("partneracademy.mail.smtp-port", String.valueOf(smtpPort));
        shared.put("partneracademy.mail.starttls", "false");
        shared.put("partneracademy.webhooks.allowed-hosts", "127.0.0.1");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> node = new HashMap<>(shared);
            node.put("micronaut.server.port", String.valueOf(freePort()));
            node.put("partneracademy.search.index-dir", tempDir("pa-node-" + (char) ('a' + i) + "-index-"));
            nodes.add(ApplicationContext.run(EmbeddedServer.class, node, "test"));
        }
        a = nodes.get(0);
        b = nodes.get(1);
        c = nodes.get(2);
        content = ContentFixture.create()
                .write("labs/practice.yaml", LabContent.PRACTICE.replace("path: basics", "path: advanced"))
                .replace("paths/advanced.yaml", "validity-months: 12", "labs:\n  - practice\nvalidity-months: 12")
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12");
        bean(a, ContentImporter.class).importTree(content.root(), null);
        bean(a, ExamImporter.class).importTree(ExamFixture.create());
    }

    @AfterAll
    void stop() {
        nodes.forEach(EmbeddedServer::close);
        smtp.stop();
    }

    @Test
    @Order(1)
    void anExamStartedOnAAnsweredOnCAndSubmittedOnBIsGradedOnceAndItsCertificationIsVerifiableEverywhere() {
        UserSummary user = bean(a, Fixtures.class).user("Nia Nodes", Role.LEARNER);
        bean(a, Learning.class).completeIntro(Learning.learner(user));
        Browser onA = signIn(a, user);
        onA.get("/exams/quiz");

        Browser.Page started = onA.post("/exams/quiz/attempts", Map.of());
        long attemptId = Long.parseLong(started.location().replaceAll("\\D", ""));
        Browser onC = onA.sameSessionOn(c.getURI());
        for (int position = 0; position < 4; position++) {
            onC.get("/attempts/" + attemptId + "?q=" + position);
            assertThat(onC.postAjax("/attempts/" + attemptId + "/answers",
                    Map.of("position", String.valueOf(position), "answer", "r")).status()).isEqualTo(204);
        }
        Browser onB = onA.sameSessionOn(b.getURI());
        onB.get("/attempts/" + attemptId + "/review");
        UserSummary admin = bean(a, Fixtures.class).user("Ada Admin", Role.ADMIN);
        Map<EmbeddedServer, Browser> admins = Map.of(a, signIn(a, admin), c, signIn(c, admin));
        Browser.Page submitted = onB.post("/attempts/" + attemptId + "/submit", Map.of());
        long issuedAt = System.nanoTime();
        String credential = text("SELECT credential_id FROM certification WHERE user_id = ?", user.id());
        Map<EmbeddedServer, Long> foundAfter = new HashMap<>();
        for (EmbeddedServer node : List.of(a, c)) {
            foundAfter.put(node, waitUntil(() -> admins.get(node).get("/admin/certifications?q=Nia%20Nodes")
                    .text().contains(credential), issuedAt));
        }
        Browser.Page again = onA.post("/attempts/" + attemptId + "/submit", Map.of());

        assertThat(started.status()).isEqualTo(303);
        assertThat(submitted.status()).isEqualTo(303);
        assertThat(again.status()).isNotEqualTo(200);
        assertThat(number("SELECT score_percent FROM exam_attempt WHERE id = ?", attemptId)).isEqualTo(100);
        assertThat(number("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND type LIKE 'exam.%'",
                String.valueOf(attemptId))).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM certification WHERE user_id = ?", user.id())).isEqualTo(1);
        // Certification search is the admins' lookup, a query on the shared database (not the per-node Lucene
        // index, which holds the library): found on the other nodes with the next request.
        assertThat(foundAfter.get(a)).as("ms until the certification issued on B is found by search on A")
                .isLessThanOrEqualTo(2_000);
        assertThat(foundAfter.get(c)).as("ms until the certification issued on B is found by search on C")
                .isLessThanOrEqualTo(2_000);
        for (EmbeddedServer node : List.of(a, c)) {
            Browser.Page verify = new Browser(node.getURI()).get("/verify/" + credential);
            assertThat(verify.status()).as("verify page on " + node.getURI() + " at the first request").isEqualTo(200);
            assertThat(verify.text()).contains("Nia Nodes");
        }
    }

    @Test
    @Order(2)
    void aResourceUploadedOnBIsFoundBySearchOnAAndCWithinTwoSeconds() {
        Browser author = signIn(b, bean(b, Fixtures.class).user("Otto Author", Role.AUTHOR));
        author.get("/library/manage");
        Browser.Page uploaded = author.postMultipart("/library/manage", Map.of("id", "okapi-card",
                "title", "Okapi battle card", "type", "battle-card", "tags", "okapi", "language", "en",
                "minTier", "REGISTERED", "reviewBy", "2030-01-01"), "file", "okapi.txt",
                "How the okapi wins the deal.".getBytes(StandardCharsets.UTF_8));
        long uploadedAt = System.nanoTime();
        Browser onA = author.sameSessionOn(a.getURI());
        Browser onC = author.sameSessionOn(c.getURI());

        long foundOnA = waitUntil(() -> onA.get("/library?q=okapi").text().contains("Okapi battle card"), uploadedAt);
        long foundOnC = waitUntil(() -> onC.get("/library?q=okapi").text().contains("Okapi battle card"), uploadedAt);

        assertThat(uploaded.status()).isEqualTo(303);
        assertThat(foundOnA).isLessThanOrEqualTo(2_000);
        assertThat(foundOnC).isLessThanOrEqualTo(2_000);
    }

    @Test
    @Order(3)
    void aSignOutOnATakesEffectOnBAndCWithinTheSessionCacheWindow() {
        Browser onA = signIn(a, bean(a, Fixtures.class).user("Sid Signout", Role.LEARNER));
        Browser onB = onA.sameSessionOn(b.getURI());
        Browser onC = onA.sameSessionOn(c.getURI());
        assertThat(onB.get("/exams").status()).isEqualTo(200);
        assertThat(onC.get("/exams").status()).isEqualTo(200);
        onA.get("/exams");

        Browser.Page signedOut = onA.post("/logout", Map.of());
        long at = System.nanoTime();
        Browser.Page aAfter = onA.sameSessionOn(a.getURI()).get("/exams");
        long offOnB = waitUntil(() -> onB.get("/exams").status() != 200, at);
        long offOnC = waitUntil(() -> onC.get("/exams").status() != 200, at);

        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(aAfter.status()).isNotEqualTo(200);
        assertThat(offOnB).isLessThanOrEqualTo(SESSION_CACHE.toMillis() + 500);
        assertThat(offOnC).isLessThanOrEqualTo(SESSION_CACHE.toMillis() + 500);
    }

    @Test
    @Order(4)
    void aFileUploadedThroughADownloadsThroughBAndCFromTheObjectStore() {
        UserSummary learner = bean(a, Fixtures.class).user("Fay Files", Role.LEARNER);
        UserSummary reviewer = bean(a, Fixtures.class).user("Rex Reviewer", Role.REVIEWER);
        Browser onA = signIn(a, learner);
        onA.get("/labs/practice/tasks/design");

        Browser.Page uploaded = onA.postFile("/labs/practice/tasks/design/artifact", "file", "design.pdf",
                "application/pdf", PDF);
        long id = number("SELECT MAX(id) FROM lab_submission WHERE user_id = ?", learner.id());
        String key = text("SELECT storage_key FROM lab_submission WHERE id = ?", id);
        HttpResponse<byte[]> viaB = onA.sameSessionOn(b.getURI()).fetch("/labs/submissions/" + id + "/file");
        HttpResponse<byte[]> rangeViaC = onA.sameSessionOn(c.getURI())
                .fetch("/labs/submissions/" + id + "/file", Map.of("Range", "bytes=1000-1999"));
        HttpResponse<byte[]> reviewViaC = signIn(c, reviewer).fetch("/reviews/" + id + "/file");

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(bean(c, FileStorage.class).describe()).startsWith("s3://" + S3Server.BUCKET);
        assertThat(bean(c, FileStorage.class).size(key)).contains((long) PDF.length);
        assertThat(viaB.statusCode()).isEqualTo(200);
        assertThat(viaB.body()).isEqualTo(PDF);
        assertThat(rangeViaC.statusCode()).isEqualTo(206);
        assertThat(rangeViaC.body()).isEqualTo(Arrays.copyOfRange(PDF, 1000, 2000));
        assertThat(reviewViaC.statusCode()).isEqualTo(200);
        assertThat(reviewViaC.body()).isEqualTo(PDF);
    }

    @Test
    @Order(5)
    void anImportStartedOnTwoNodesAtOnceRunsOnce() throws Exception {
        ContentFixture changed = content.replace("courses/intro/course.yaml", "title: ", "title: Revised ");
        long versionsBefore = number("SELECT COUNT(*) FROM course_version WHERE course_id = 'intro'");

        List<Object> outcomes = onEachAtOnce(List.of(a, b), node -> bean(node, FolderImport.class)
                .importAll(changed.root(), Path.of("no-exams-folder"), null));

        assertThat(number("SELECT COUNT(*) FROM course_version WHERE course_id = 'intro'"))
                .as("one new version of the changed course").isEqualTo(versionsBefore + 1);
        assertThat(outcomes).extracting(o -> ((FolderImport.Imported) o).content().coursesChanged())
                .as("courses each import changed").containsExactlyInAnyOrder(1L, 0L);
    }

    @Test
    @Order(6)
    void anImportOnAnotherNodeWaitsForTheRunningOneAndThenChangesOnlyWhatStillDiffers() throws Exception {
        ContentFixture changed = content.replace("courses/intro/course.yaml", "title: ", "title: Again ");
        long versionsBefore = number("SELECT COUNT(*) FROM course_version WHERE course_id = 'intro'");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection importing = connect()) {
            importing.setAutoCommit(false);
            importing.createStatement().executeQuery("SELECT name FROM import_lock WHERE name = 'content' FOR UPDATE")
                    .close();
            Future<Object> onB = pool.submit(() -> bean(b, FolderImport.class)
                    .importAll(changed.root(), Path.of("no-exams-folder"), null));
            Thread.sleep(1_500);

            assertThat(onB).as("the import on B waits while the lock is held").isNotDone();
            assertThat(number("SELECT COUNT(*) FROM course_version WHERE course_id = 'intro'"))
                    .isEqualTo(versionsBefore);
            importing.rollback();
            assertThat(((FolderImport.Imported) onB.get(30, TimeUnit.SECONDS)).content().coursesChanged())
                    .isEqualTo(1L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(number("SELECT COUNT(*) FROM course_version WHERE course_id = 'intro'"))
                .isEqualTo(versionsBefore + 1);
        assertThat(((FolderImport.Imported) bean(c, FolderImport.class)
                .importAll(changed.root(), Path.of("no-exams-folder"), null)).content().coursesChanged())
                .as("the same files imported again on C change nothing").isZero();
    }

    @Test
    @Order(7)
    void everyScheduledJobDoesEachPieceOfWorkOnceAcrossTheNodes() throws Exception {
        Set<String> exercised = new TreeSet<>();
        Partner partner = bean(a, Fixtures.class).partner("Triplet Partners");
        UserSummary partnerAdmin = bean(a, Fixtures.class).employee(partner, "Pat Partneradmin", Role.PARTNER_ADMIN);
        UserSummary admin = bean(a, Fixtures.class).user("Abe Admin", Role.ADMIN);
        CurrentUser asAdmin = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));
        List<UserSummary> certified = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UserSummary person = bean(a, Fixtures.class).employee(partner, "Cert Holder " + i, Role.LEARNER);
            bean(a, Learning.class).completeBasics(Learning.learner(person));
            certified.add(person);
        }
        List<Long> abandoned = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CurrentUser taker = Learning.learner(bean(a, Fixtures.class).user("Away Taker " + i, Role.LEARNER));
            long attempt = bean(a, Attempts.class).start(taker, "quiz");
            for (int position = 0; position < 4; position++) {
                bean(a, Attempts.class).save(taker, attempt, position, "r", false);
            }
            abandoned.add(attempt);
        }
        String holders = ids(certified);
        try (Hooks hooks = new Hooks()) {
            bean(a, Webhooks.class).subscribe(admin.id(), partner.id(), hooks.url(),
                    List.of("certification.expired"));

            // Tier events: the partner (Silver, no revenue recorded) is assessed once and put at risk.
            onEachNode(exercised, "TierEvents.process");
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id = ? AND subject LIKE '%is at risk%'",
                    partnerAdmin.id())).as("the partner admin told once that the partner is at risk").isEqualTo(1);
            assertThat(number("SELECT COUNT(*) FROM outbox_event WHERE processed_at IS NULL AND type IN"
                    + " ('certification.issued', 'employment.changed')")).as("every tier event processed").isZero();

            // Live-session reminders: three people with a seat get the 24-hour and the 1-hour reminder once each.
            long session = liveSession(Duration.ofHours(30));
            List<UserSummary> attendees = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                UserSummary attendee = bean(a, Fixtures.class).employee(partner, "Seat Holder " + i, Role.LEARNER);
                bean(List.of(a, b, c).get(i), Registrations.class).register(attendee.id(), session);
                attendees.add(attendee);
            }
            advanceAllClocks(Duration.ofHours(7));
            onEachNode(exercised, "LiveReminders.send");
            advanceAllClocks(Duration.ofHours(22).plusMinutes(30));
            onEachNode(exercised, "LiveReminders.send");
            String seated = ids(attendees);
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id IN (" + seated + ")"
                    + " AND subject LIKE 'Reminder:%in 24 hours'")).as("one day-before reminder each").isEqualTo(3);
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id IN (" + seated + ")"
                    + " AND subject LIKE 'Reminder:%in 1 hour'")).as("one hour-before reminder each").isEqualTo(3);

            // Assignment reminders: two people with work due in five days are reminded once, then told once
            // (and so is the admin who assigned it) when it is overdue.
            List<UserSummary> assigned = List.of(
                    bean(a, Fixtures.class).employee(partner, "Due Soon 1", Role.LEARNER),
                    bean(a, Fixtures.class).employee(partner, "Due Soon 2", Role.LEARNER));
            bean(b, Assignments.class).assign(asAdmin, partner.id(), new Assignments.Request(WorkKind.COURSE,
                    "intro", assigned.stream().map(UserSummary::id).toList(), today().plusDays(5), null));
            onEachNode(exercised, "AssignmentReminders.run");
            advanceAllClocks(Duration.ofDays(6));
            onEachNode(exercised, "AssignmentReminders.run");
            String assignees = ids(assigned);
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id IN (" + assignees + ")"
                    + " AND kind = 'assignment' AND subject LIKE '%is due on%'")).as("one reminder each").isEqualTo(2);
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id IN (" + assignees + ")"
                    + " AND kind = 'assignment' AND subject LIKE '%is overdue'")).as("one overdue notice each")
                    .isEqualTo(2);
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = 'assignment'",
                    admin.id())).as("the assigner told once per overdue assignment").isEqualTo(2);

            // Assignment rules: a rule reaches each of the three people whose job title matches once.
            List<UserSummary> ruled = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                UserSummary person = bean(a, Fixtures.class).user("Rule Reached " + i, Role.LEARNER);
                bean(a, People.class).employ(person.id(), partner.id(), "Rulebound Engineer", today());
                ruled.add(person);
            }
            execute("INSERT INTO assignment_rule (partner_tier, job_title, kind, ref_id, title, due_days, created_by,"
                    + " created_at) VALUES (NULL, 'rulebound', 'COURSE', 'intro', 'Introduction', 30, ?, ?)",
                    admin.id(), java.sql.Timestamp.from(bean(a, TestClock.class).instant()));
            List<Object> made = onEachNode(exercised, "AssignmentRules.applyAll");
            assertThat(number("SELECT COUNT(*) FROM assignment WHERE rule_id IS NOT NULL AND user_id IN ("
                    + ids(ruled) + ")")).as("one assignment per person reached").isEqualTo(3);
            assertThat(made.stream().mapToInt(o -> (Integer) o).sum()).as("assignments the runs report made")
                    .isEqualTo(3);

            // Overdue attempts, certification expiry (reminders first), tier recount and grace end, mail.
            advanceAllClocks(Duration.ofDays(365 - 80 - 7));

            // A renewal rule: the four certification holders, now about 81 days from expiry, are reached once each
            // by a "renew any certification 90 days before it expires" rule, however the three nodes' runs interleave.
            execute("INSERT INTO assignment_rule (rule_kind, partner_id, days_before_expiry, created_by, created_at)"
                    + " VALUES ('RENEWAL', ?, 90, ?, ?)", partner.id(), admin.id(),
                    java.sql.Timestamp.from(bean(a, TestClock.class).instant()));
            List<Object> renewals = onEachNode(exercised, "AssignmentRules.applyAll");
            assertThat(number("SELECT COUNT(*) FROM assignment WHERE rule_round LIKE '%:basics' AND user_id IN ("
                    + holders + ")")).as("one renewal assignment per holder").isEqualTo(4);
            assertThat(renewals.stream().mapToInt(o -> (Integer) o).sum()).as("renewals the runs report made")
                    .isEqualTo(4);
            onEachNode(exercised, "OverdueAttempts.closeOverdue");
            // The nodes' own schedulers run the same job every 15 s: one of them may have claimed the attempts a
            // moment before the raced runs and not yet committed, so the count waits (at most 5 s) for that commit.
            long passedEvents = settledCount("SELECT COUNT(*) FROM outbox_event WHERE type = 'exam.passed'"
                    + " AND aggregate_id IN (" + String.join(",", abandoned.stream().map(id -> "'" + id + "'")
                    .toList()) + ")", abandoned.size());
            onEachNode(exercised, "Expiry.run");
            onEachNode(exercised, "Assessments.endGracePeriods");
            long assessmentsBefore = number("SELECT COUNT(*) FROM tier_assessment WHERE partner_id = ?",
                    partner.id());
            execute("UPDATE tier_assessment SET certified = certified + 7 WHERE partner_id = ? AND valid_to IS NULL",
                    partner.id());
            List<Object> disagreements = onEachNode(exercised, "Assessments.recountAll");
            long assessmentsAfter = number("SELECT COUNT(*) FROM tier_assessment WHERE partner_id = ?",
                    partner.id());
            advanceAllClocks(Duration.ofDays(81));
            onEachNode(exercised, "Expiry.run");
            onEachNode(exercised, "TierEvents.process");
            onEachNode(exercised, "WebhookDelivery.deliverDue");
            onEachNode(exercised, "MailQueue.send");

            assertThat(passedEvents).as("each abandoned attempt graded (passed) once").isEqualTo(abandoned.size());
            for (long attempt : abandoned) {
                assertThat(text("SELECT status FROM exam_attempt WHERE id = ?", attempt)).isEqualTo("TIMED_OUT");
            }
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id IN (" + holders + ")"
                    + " AND kind LIKE 'certification%'")).as("one 90-day reminder per holder").isEqualTo(4);
            assertThat(number("SELECT COUNT(*) FROM certification_event e JOIN certification c"
                    + " ON c.id = e.certification_id WHERE e.type = 'EXPIRED' AND c.user_id IN (" + holders + ")"))
                    .as("each certification expired once").isEqualTo(4);
            assertThat(number("SELECT COUNT(*) FROM notification WHERE user_id = ? AND subject LIKE '%moved from%'",
                    partnerAdmin.id())).as("the grace period ended with one move down").isEqualTo(1);
            assertThat(disagreements.stream().mapToInt(o -> (Integer) o).sum())
                    .as("the nightly recount found the wrong stored count").isPositive();
            assertThat(assessmentsAfter).as("and corrected it with one new assessment")
                    .isEqualTo(assessmentsBefore + 1);
            assertThat(number("SELECT COUNT(*) FROM tier_assessment WHERE partner_id = ? AND valid_to IS NULL",
                    partner.id())).as("one open tier assessment").isEqualTo(1);
            assertThat(hooks.received()).as("each expiry delivered to the webhook once")
                    .hasSize(4).doesNotHaveDuplicates();
            assertThat(smtp.getReceivedMessages()).as("each notification mailed once")
                    .hasSize((int) number("SELECT COUNT(*) FROM notification WHERE mailed_at IS NOT NULL"));
            assertThat(number("SELECT COUNT(*) FROM notification WHERE mailed_at IS NULL")).as("all mailed")
                    .isZero();
        }

        // Housekeeping: expired sessions and old failed sign-ins are deleted (plain deletes, any node).
        assertThat(new Browser(a.getURI()).login(partnerAdmin.email(), "wrong password").status()).isNotEqualTo(303);
        signIn(b, partnerAdmin);
        advanceAllClocks(Duration.ofDays(2));
        onEachNode(exercised, "AccountHousekeeping.clean");
        assertThat(number("SELECT COUNT(*) FROM user_session")).as("expired sessions deleted").isZero();
        assertThat(number("SELECT COUNT(*) FROM login_failure")).as("old failed sign-ins deleted").isZero();

        // Single sign-on housekeeping: sign-ins abandoned at the provider are deleted, one still under way is kept.
        java.sql.Timestamp now = java.sql.Timestamp.from(bean(a, TestClock.class).instant());
        execute("INSERT INTO sso_provider (partner_id, issuer, client_id, client_secret, enabled, created_at,"
                + " updated_at) VALUES (?, 'https://idp.triplet.example', 'academy', 'sealed', TRUE, ?, ?)",
                partner.id(), now, now);
        long provider = number("SELECT id FROM sso_provider WHERE partner_id = ?", partner.id());
        for (int i = 0; i < 4; i++) {
            Duration expiresIn = i < 3 ? Duration.ofMinutes(-1 - i) : Duration.ofMinutes(10);
            execute("INSERT INTO sso_request (state_hash, provider_id, nonce, code_verifier, return_to, expires_at)"
                    + " VALUES (?, ?, 'n', 'v', '/', ?)", "%064d".formatted(i), provider,
                    java.sql.Timestamp.from(bean(a, TestClock.class).instant().plus(expiresIn)));
        }
        onEachNode(exercised, "SsoHousekeeping.clean");
        assertThat(text("SELECT GROUP_CONCAT(state_hash) FROM sso_request WHERE provider_id = ?", provider))
                .as("abandoned sign-ins deleted, the one under way kept").isEqualTo("%064d".formatted(3));

        // Roster housekeeping: previews nobody confirmed in time are deleted once; a fresh one and an applied one stay.
        java.time.Instant clockNow = bean(a, TestClock.class).instant();
        for (Object[] row : new Object[][]{{"PREVIEWED", Duration.ofHours(25)}, {"PREVIEWED", Duration.ofHours(30)},
                {"PREVIEWED", Duration.ofHours(1)}, {"APPLIED", Duration.ofDays(3)}}) {
            execute("INSERT INTO roster_import (partner_id, uploaded_by, uploaded_at, file_name, content, status)"
                    + " VALUES (?, ?, ?, 'staff.csv', 'name,email,job_title,role', ?)", partner.id(), partnerAdmin.id(),
                    java.sql.Timestamp.from(clockNow.minus((Duration) row[1])), row[0]);
        }
        List<Object> rosterDeleted = onEachNode(exercised, "RosterHousekeeping.clean");
        assertThat(rosterDeleted.stream().mapToInt(o -> (Integer) o).sum()).as("each expired preview deleted once")
                .isEqualTo(2);
        assertThat(text("SELECT GROUP_CONCAT(status ORDER BY id) FROM roster_import WHERE partner_id = ?",
                partner.id())).isEqualTo("PREVIEWED,APPLIED");

        // API rate-limit counters: windows that ended are deleted once across the nodes; the current one stays.
        java.time.Instant windowNow = bean(a, TestClock.class).instant();
        execute("INSERT INTO api_token (name, token_hash, prefix, created_by, partner_id, scopes, created_at, expires_at)"
                + " VALUES ('Triplet CRM', ?, 'pa_triplet', ?, ?, 'certifications:read', ?, ?)", "%064d".formatted(7),
                partnerAdmin.id(), partner.id(), java.sql.Timestamp.from(windowNow),
                java.sql.Timestamp.from(windowNow.plus(Duration.ofDays(90))));
        long token = number("SELECT id FROM api_token WHERE prefix = 'pa_triplet'");
        for (Duration ago : List.of(Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ZERO)) {
            java.time.Instant start = windowNow.minus(ago).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            execute("INSERT INTO api_rate_window (token_id, window_start, requests) VALUES (?, ?, 3)", token,
                    java.sql.Timestamp.from(start));
        }
        List<Object> windowsForgotten = onEachNode(exercised, "ApiRateLimit.forgetPastWindows");
        assertThat(windowsForgotten.stream().mapToInt(o -> (Integer) o).sum()).as("each ended window deleted once")
                .isEqualTo(2);
        assertThat(number("SELECT COUNT(*) FROM api_rate_window WHERE token_id = ?", token)).as("the current window")
                .isEqualTo(1);

        // Outbox retention: each old event is deleted by exactly one node.
        advanceAllClocks(Duration.ofDays(31));
        long eventsBefore = number("SELECT COUNT(*) FROM outbox_event");
        List<Object> purged = onEachNode(exercised, "OutboxRetention.purge");
        long eventsAfter = number("SELECT COUNT(*) FROM outbox_event");
        assertThat(purged.stream().mapToInt(o -> (Integer) o).sum()).as("each old event purged once")
                .isEqualTo((int) (eventsBefore - eventsAfter)).isPositive();

        // Webhook log retention: each finished message older than 30 days is deleted by exactly one node.
        long finished = number("SELECT COUNT(*) FROM webhook_message WHERE status IN ('DELIVERED', 'FAILED')");
        List<Object> webhooksPurged = onEachNode(exercised, "WebhookRetention.purge");
        assertThat(webhooksPurged.stream().mapToInt(o -> (Integer) o).sum()).as("each finished message purged once")
                .isEqualTo((int) finished).isPositive();
        assertThat(number("SELECT COUNT(*) FROM webhook_message WHERE status IN ('DELIVERED', 'FAILED')")).isZero();

        // Search index feed: every node applies each change to its own index once.
        Browser author = signIn(b, bean(b, Fixtures.class).user("Quinn Author", Role.AUTHOR));
        author.get("/library/manage");
        assertThat(author.postMultipart("/library/manage", Map.of("id", "quokka-card", "title",
                "Quokka checklist", "type", "battle-card", "tags", "quokka", "language", "en", "minTier",
                "REGISTERED", "reviewBy", "2030-01-01"), "file", "quokka.txt",
                "The quokka qualifies the lead.".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(303);
        onEachNode(exercised, "SearchSync.tick");
        for (EmbeddedServer node : nodes) {
            List<String> hits = author.sameSessionOn(node.getURI()).get("/library?q=quokka").html()
                    .select("li.hit a.hit-title").eachText();
            assertThat(hits).as("hits on " + node.getURI()).containsOnlyOnce("Quokka checklist");
        }

        assertThat(exercised).as("every @Scheduled job of the application is raced on three nodes here")
                .containsExactlyInAnyOrderElementsOf(scheduledJobs(a).keySet());
    }

    /** A one-hour live session starting {@code in} from now, open to every partner. */
    private long liveSession(Duration in) {
        UserSummary author = bean(a, Fixtures.class).user("Lena Live", Role.AUTHOR);
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        java.time.LocalDateTime start = java.time.LocalDateTime.ofInstant(
                bean(a, TestClock.class).instant().plus(in), java.time.ZoneOffset.UTC).withSecond(0).withNano(0);
        return bean(a, LiveSessions.class).create(
                new CurrentUser(author.id(), author.email(), author.displayName(), Set.of(Role.AUTHOR)),
                new SessionForm("Three-node office hours", "Questions about scaling out", null, null,
                        local.format(start), local.format(start.plusHours(1)), "UTC", 10, null, List.of(), "", "",
                        "https://meet.example.com/three-nodes", "", "", 1));
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(bean(a, TestClock.class).instant(), java.time.ZoneOffset.UTC);
    }

    /** Runs the named {@code @Scheduled} method on all three nodes at the same moment, three rounds. */
    private List<Object> onEachNode(Set<String> exercised, String job) throws Exception {
        exercised.add(job);
        return onEachNode(node -> {
            Supplier<Object> run = scheduledJobs(node).get(job);
            assertThat(run).as("scheduled job " + job).isNotNull();
            return run.get();
        });
    }

    /**
     * The application's {@code @Scheduled} methods on a node by "Class.method", each run the way the scheduler runs
     * it: the method of the bean (through its transaction advice), with no arguments.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Supplier<Object>> scheduledJobs(EmbeddedServer node) {
        ApplicationContext context = node.getApplicationContext();
        Map<String, Supplier<Object>> jobs = new TreeMap<>();
        for (BeanDefinition<?> definition : context.getAllBeanDefinitions()) {
            for (ExecutableMethod<?, ?> method : definition.getExecutableMethods()) {
                Class<?> type = method.getDeclaringType();
                if (type.getName().startsWith("io.partneracademy.")
                        && (method.hasStereotype(Scheduled.class) || method.hasStereotype(Schedules.class))) {
                    ExecutableMethod<Object, Object> job = (ExecutableMethod<Object, Object>) method;
                    jobs.putIfAbsent(type.getSimpleName() + "." + method.getMethodName(),
                            () -> job.invoke(context.getBean(type)));
                }
            }
        }
        return jobs;
    }

    /** A webhook receiver that records the id of every delivery it gets. */
    private static final class Hooks implements AutoCloseable {

        private final HttpServer server;
        private final List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());

        Hooks() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<String> received() {
            return List.copyOf(received);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private void advanceAllClocks(Duration by) {
        nodes.forEach(n -> bean(n, TestClock.class).advance(by));
    }

    /** Runs the job on all three nodes at the same moment, three rounds, and returns what each call returned. */
    private List<Object> onEachNode(Function<EmbeddedServer, Object> job) throws Exception {
        List<Object> results = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            results.addAll(onEachAtOnce(nodes, job));
        }
        return results;
    }

    private static List<Object> onEachAtOnce(List<EmbeddedServer> on, Function<EmbeddedServer, Object> job)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(on.size());
        ExecutorService pool = Executors.newFixedThreadPool(on.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (EmbeddedServer node : on) {
                Callable<Object> call = () -> {
                    barrier.await();
                    return job.apply(node);
                };
                futures.add(pool.submit(call));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Milliseconds from {@code since} until the condition holds; gives up after ten seconds. */
    private static long waitUntil(Supplier<Boolean> condition, long since) {
        while (!condition.get()) {
            if (System.nanoTime() - since > Duration.ofSeconds(10).toNanos()) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - since).toMillis();
    }

    private static Browser signIn(EmbeddedServer node, UserSummary user) {
        Browser browser = new Browser(node.getURI());
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }

    private static <T> T bean(EmbeddedServer node, Class<T> type) {
        return node.getApplicationContext().getBean(type);
    }

    private static String ids(List<UserSummary> users) {
        return String.join(",", users.stream().map(u -> String.valueOf(u.id())).toList());
    }

    private void execute(String sql, Object... args) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The count once it reaches {@code expected}, or as it stands after 5 s; never waits past a higher count. */
    private long settledCount(String sql, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long count = number(sql);
        while (count < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            count = number(sql);
        }
        return count;
    }

    private long number(String sql, Object... args) {
        Object value = query(sql, args);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private String text(String sql, Object... args) {
        return String.valueOf(query(sql, args));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
    }

    private Object query(String sql, Object... args) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
