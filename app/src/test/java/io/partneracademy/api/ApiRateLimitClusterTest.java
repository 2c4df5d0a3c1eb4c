package io.partneracademy.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer: a token's requests per minute are counted once
 * for the cluster (ADR 0045), so a client that spreads its calls over both nodes gets no more than the limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRateLimitClusterTest {

    private static final int LIMIT = 10;
    private static final String CERTIFICATIONS = "/api/v1/certifications";

    private final List<EmbeddedServer> nodes = new ArrayList<>();
    private ApiCalls a;
    private ApiCalls b;

    @BeforeAll
    void startTwoNodes() throws IOException {
        Map<String, Object> shared = new HashMap<>(new DatabaseTest() { }.getProperties());
        shared.put("partneracademy.api.requests-per-minute", String.valueOf(LIMIT));
        shared.put("micronaut.server.port", "-1");
        for (String name : List.of("a", "b")) {
            Map<String, Object> node = new HashMap<>(shared);
            node.put("partneracademy.search.index-dir", Files.createTempDirectory("pa-rate-" + name + "-").toString());
            nodes.add(ApplicationContext.run(EmbeddedServer.class, node, "test"));
        }
        JsonMapper json = nodes.get(0).getApplicationContext().getBean(JsonMapper.class);
        a = new ApiCalls(nodes.get(0).getURI(), json);
        b = new ApiCalls(nodes.get(1).getURI(), json);
    }

    @AfterAll
    void stopNodes() {
        nodes.forEach(EmbeddedServer::close);
    }

    /** Puts both nodes' clocks five seconds into a minute, so that the test's requests all fall in one window. */
    private void startOfAMinute() {
        Instant now = nodes.get(0).getApplicationContext().getBean(TestClock.class).instant();
        long intoMinute = now.toEpochMilli() % 60_000;
        Duration ahead = Duration.ofMillis(60_000 - intoMinute + 5_000);
        nodes.forEach(node -> node.getApplicationContext().getBean(TestClock.class).advance(ahead));
    }

    private String token(String name) {
        ApplicationContext context = nodes.get(0).getApplicationContext();
        UserSummary admin = context.getBean(Fixtures.class).user("Api Admin", Role.ADMIN);
        CurrentUser me = new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
        return context.getBean(ApiTokens.class).create(me, new ApiTokenForm(name, null, 30,
                List.of("certifications:read"))).secret();
    }

    private long rows(String sql) throws Exception {
        javax.sql.DataSource dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                .unwrapDataSource(nodes.get(0).getApplicationContext().getBean(javax.sql.DataSource.class));
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void aTokensCallsSpreadOverTwoNodesGetTheLimitOnceNotOncePerNode() throws Exception {
        String busy = token("Busy CRM");
        String calm = token("Calm CRM");
        startOfAMinute();
        ExecutorService pool = Executors.newFixedThreadPool(8);

        List<Future<ApiCalls.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 3 * LIMIT; i++) {
            ApiCalls node = i % 2 == 0 ? a : b;
            calls.add(pool.submit(() -> node.get(busy, CERTIFICATIONS)));
        }
        List<ApiCalls.Answer> answers = new ArrayList<>();
        for (Future<ApiCalls.Answer> call : calls) {
            answers.add(call.get());
        }
        pool.shutdown();
        ApiCalls.Answer calmOnB = b.get(calm, CERTIFICATIONS);
        ApiCalls.Answer laterOnA = a.get(busy, CERTIFICATIONS);
        nodes.forEach(node -> node.getApplicationContext().getBean(TestClock.class).advance(Duration.ofMinutes(1)));
        ApiCalls.Answer nextMinuteOnB = b.get(busy, CERTIFICATIONS);
        nodes.forEach(node -> node.getApplicationContext().getBean(TestClock.class).advance(Duration.ofMinutes(3)));
        nodes.get(1).getApplicationContext().getBean(ApiRateLimit.class).forgetPastWindows();
        long rowsLeft = rows("SELECT COUNT(*) FROM api_rate_window");

        assertThat(answers.stream().filter(x -> x.status() == 200)).as("the limit holds for both nodes together")
                .hasSize(LIMIT);
        List<ApiCalls.Answer> refused = answers.stream().filter(x -> x.status() == 429).toList();
        assertThat(refused).hasSize(2 * LIMIT);
        assertThat(refused).allSatisfy(x -> {
            assertThat(Integer.parseInt(x.header("Retry-After"))).isBetween(1, 61);
            assertThat(x.header("Content-Type")).startsWith("application/problem+json");
        });
        assertThat(refused.stream().map(x -> x.raw().uri().getPort()).distinct()).as("both nodes refuse").hasSize(2);
        assertThat(laterOnA.status()).isEqualTo(429);
        assertThat(calmOnB.status()).as("another token has its own count").isEqualTo(200);
        assertThat(nextMinuteOnB.status()).as("a new minute, a new count").isEqualTo(200);
        assertThat(rowsLeft).as("the past windows' rows are deleted").isZero();
    }
}
