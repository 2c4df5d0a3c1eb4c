package io.partneracademy.exams;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as its own process on a real database, killed with SIGKILL in the middle of an exam and started
 * again: every answer it acknowledged is there, and the remaining time went on running while it was down.
 */
@MicronautTest(transactional = false)
class CrashRecoveryTest extends DatabaseTest {

    private static final Pattern REMAINING = Pattern.compile("\"remainingSeconds\":(\\d+)");

    private Map<String, String> properties;
    private Process server;

    @Inject
    Fixtures fixtures;
    @Inject
    AttemptRepository attemptRows;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;

    @Override
    public Map<String, String> getProperties() {
        properties = new HashMap<>(super.getProperties());
        return properties;
    }

    @BeforeAll
    void importExams() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        examImporter.importTree(ExamFixture.create());
    }

    @AfterAll
    void stopTheServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void acknowledgedAnswersSurviveAKillAndTheClockRanWhileTheServerWasDown() throws Exception {
        UserSummary learner = fixtures.user("Kira Killed", Role.LEARNER);
        int port = freePort();
        server = start(port, "first");
        Browser browser = new Browser(URI.create("http://127.0.0.1:" + port));
        assertThat(browser.login(learner.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        browser.get("/exams/quiz");
        String attempt = browser.post("/exams/quiz/attempts", Map.of()).location();
        long attemptId = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        List<String> acknowledged = new ArrayList<>();
        for (int position = 0; position < 3; position++) {
            String option = position % 2 == 0 ? "r" : "w";
            browser.get(attempt + "?q=" + position);
            assertThat(browser.postAjax(attempt + "/answers", Map.of("position", String.valueOf(position),
                    "answer", option)).status()).isEqualTo(204);
            acknowledged.add(option);
        }
        long remainingBefore = remaining(browser, attempt);
        long killedAt = System.nanoTime();

        server.destroyForcibly().waitFor();
        server = start(port, "second");
        long remainingAfter = remaining(browser, attempt);
        long downSeconds = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();

        assertThat(attemptRows.findQuestions(attemptId).stream().limit(3).map(AttemptQuestionRow::answer).toList())
                .isEqualTo(acknowledged);
        assertThat(attemptRows.findQuestions(attemptId).get(3).answer()).isNull();
        assertThat(browser.get(attempt + "?q=1").html().select("input[name=answer][checked]").attr("value"))
                .isEqualTo("w");
        assertThat(downSeconds).isGreaterThanOrEqualTo(2);
        assertThat(remainingAfter).isBetween(remainingBefore - downSeconds - 2, remainingBefore - downSeconds + 1);
    }

    private static long remaining(Browser browser, String attempt) {
        Matcher matcher = REMAINING.matcher(browser.getJson(attempt + "/status").body());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Starts the application in a JVM of its own on the test database and waits until it answers. */
    private Process start(int port, String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        Map<String, String> own = new HashMap<>(properties);
        own.put("micronaut.server.port", String.valueOf(port));
        // Its own Lucene index: the test's application context holds the lock on the one in the properties.
        own.put("partneracademy.search.index-dir", Files.createTempDirectory("pa-crash-search-").toString());
        own.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("io.partneracademy.Application");
        Path log = ProjectDir.get().resolve("app/target/crash-test-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Browser probe = new Browser(URI.create("http://127.0.0.1:" + port));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (probe.get("/login").status() == 200) {
                    return process;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not start; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
