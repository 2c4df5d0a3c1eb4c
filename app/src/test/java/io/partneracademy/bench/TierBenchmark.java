package io.partneracademy.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.support.Browser;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.tiers.Assessments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Partner tiers at scale: 5,000 partners, 100,000 people, about 300,000 certifications and 2,000,000 exam answers
 * generated in MariaDB 11.4; times a full recompute of every partner (from nothing, unchanged, and after a policy
 * change) and one partner's dashboards over HTTP. Writes docs/benchmarks/tiers.md.
 */
public final class TierBenchmark {

    private static final int PARTNERS = Integer.getInteger("bench.partners", 5_000);
    private static final int PEOPLE = Integer.getInteger("bench.people", 100_000);
    private static final int ATTEMPTS = Integer.getInteger("bench.attempts", 66_667);
    private static final String PASSWORD = "tier benchmark 2026";

    private TierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-tiers-mariadb"),
                Integer.getInteger("bench.db.port", 3362));
        // Generating takes minutes: a later run reuses the database (-Dbench.fresh=true for a new one).
        String dbName = Boolean.getBoolean("bench.fresh") ? "pa_bench_tiers_" + System.currentTimeMillis()
                : "pa_bench_tiers";
        String url = db.jdbcUrl(dbName) + "&rewriteBatchedStatements=true";
        Map<String, Object> props = BenchProperties.forDatabase(db.jdbcUrl(dbName));
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            List<String> lines = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(url, "root", "")) {
                c.setAutoCommit(false);
                if (count(c, "SELECT COUNT(*) FROM partner WHERE name LIKE 'Bench Partner %'") == 0) {
                    context.getBean(ContentImporter.class).importTree(project.resolve("content"), null);
                    context.getBean(ExamImporter.class).importTree(project.resolve("exams"));
                    lines.add(generate(c));
                } else {
                    lines.add("Data from an earlier run of this benchmark (same generator).");
                }
                lines.add(sizes(c));
                reset(c);
            }
            Assessments assessments = context.getBean(Assessments.class);
            lines.add(time("full recompute of every partner, nothing stored yet (first assessment)", 1,
                    i -> assessments.reassessAll("benchmark")));
            lines.add(time("nightly recount, nothing changed", 3, i -> assessments.recountAll()));
            try (Connection c = DriverManager.getConnection(url, "root", "")) {
                c.createStatement().executeUpdate("UPDATE tier_policy SET min_certified = 17 WHERE tier = 'PLATINUM'");
                lines.add(time("full recompute after a policy change (Platinum needs 17 certified)", 1,
                        i -> assessments.reassessAll("benchmark policy change")));
                c.createStatement().executeUpdate("UPDATE tier_policy SET min_certified = 5 WHERE tier = 'PLATINUM'");
                assessments.reassessAll("benchmark policy restored");
            }
            lines.addAll(dashboards(context, server));
            server.stop();
            write(project.resolve("docs/benchmarks/tiers.md"), lines);
        } finally {
            db.stop();
        }
    }

    private static String generate(Connection c) throws Exception {
        long begin = System.nanoTime();
        TierData data = new TierData(c);
        long firstPartner = data.partners(PARTNERS);
        long firstUser = data.people(PEOPLE, PARTNERS, firstPartner);
        data.certifications(PEOPLE, firstUser);
        data.lessonProgress(PEOPLE, firstUser);
        data.metrics(PARTNERS, firstPartner);
        data.answers(ATTEMPTS, firstUser, PEOPLE);
        return String.format("Generated in %.0f s.", (System.nanoTime() - begin) / 1e9);
    }

    private static String sizes(Connection c) throws Exception {
        return String.format("Data: %,d partners, %,d people (%,d employment rows), %,d certifications (%,d active), "
                        + "%,d lesson completions, %,d exam attempts with %,d answers.",
                count(c, "SELECT COUNT(*) FROM partner"), count(c, "SELECT COUNT(*) FROM app_user"),
                count(c, "SELECT COUNT(*) FROM employment"), count(c, "SELECT COUNT(*) FROM certification"),
                count(c, "SELECT COUNT(*) FROM certification WHERE status = 'ACTIVE'"),
                count(c, "SELECT COUNT(*) FROM lesson_progress"), count(c, "SELECT COUNT(*) FROM exam_attempt"),
                count(c, "SELECT COUNT(*) FROM attempt_question"));
    }

    /** Back to the generated starting tiers with nothing assessed, so every run measures the same work. */
    private static void reset(Connection c) throws Exception {
        c.createStatement().executeUpdate("DELETE FROM tier_grace");
        c.createStatement().executeUpdate("DELETE FROM tier_assessment");
        c.createStatement().executeUpdate("DELETE FROM notification WHERE kind = 'partner.tier'");
        long first = count(c, "SELECT MIN(id) FROM partner WHERE name LIKE 'Bench Partner %'");
        StringBuilder cases = new StringBuilder("UPDATE partner SET tier = CASE MOD(id - " + first + ", 10)");
        for (int i = 0; i < TierData.TIERS.length; i++) {
            cases.append(" WHEN ").append(i).append(" THEN '").append(TierData.TIERS[i]).append('\'');
        }
        c.createStatement().executeUpdate(cases + " END WHERE name LIKE 'Bench Partner %'");
        c.commit();
    }

    /** One partner's pages as its admin and its manager see them, over HTTP, for random partners. */
    private static List<String> dashboards(ApplicationContext context, EmbeddedServer server) throws Exception {
        Users users = context.getBean(Users.class);
        Partners partners = context.getBean(Partners.class);
        List<Long> ids = partners.list().stream().map(p -> p.id()).toList();
        Random random = new Random(11);
        UserSummary admin = user(users, "admin@bench.example", Role.ADMIN);
        UserSummary manager = user(users, "manager@bench.example", Role.PARTNER_MANAGER);
        for (int i = 0; i < 25; i++) {
            partners.assignManager(ids.get(random.nextInt(ids.size())), manager.id());
        }
        long own = ids.get(ids.size() / 2);
        UserSummary partnerAdmin = user(users, "partner-admin@bench.example", Role.PARTNER_ADMIN);
        if (partners.currentEmployer(partnerAdmin.id()).isEmpty()) {
            context.getBean(People.class).employ(partnerAdmin.id(), own, "Alliance lead", LocalDate.of(2025, 1, 1));
        }
        long ownId = partners.currentEmployer(partnerAdmin.id()).orElseThrow().id();
        Browser asAdmin = signIn(server, admin);
        Browser asPartnerAdmin = signIn(server, partnerAdmin);
        Browser asManager = signIn(server, manager);
        return List.of(
                latency("partner team page `/tiers/partners/{id}`, admin, random partners", 300,
                        i -> asAdmin.get("/tiers/partners/" + ids.get(random.nextInt(ids.size()))).status()),
                latency("partner team page, the partner's own admin", 300,
                        i -> asPartnerAdmin.get("/tiers/partners/" + ownId).status()),
                latency("portfolio `/tiers`, a partner manager with 25 partners", 100,
                        i -> asManager.get("/tiers").status()),
                latency("home `/`, admin (partners at risk and expiring among all 5,000 partners)", 100,
                        i -> asAdmin.get("/").status()),
                latency("home `/`, a partner manager with 25 partners", 100, i -> asManager.get("/").status()),
                latency("home `/`, the partner's own admin", 100, i -> asPartnerAdmin.get("/").status()));
    }

    private static String latency(String what, int runs, IntFunction<Integer> request) {
        for (int i = 0; i < 30; i++) {
            request.apply(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            int status = request.apply(i);
            ms[i] = (System.nanoTime() - begin) / 1e6;
            if (status != 200) {
                throw new IllegalStateException(what + " answered " + status);
            }
        }
        Arrays.sort(ms);
        return String.format("| %s | %d | %.1f ms | %.1f ms | %.1f ms |", what, runs, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
    }

    private static String time(String what, int runs, IntFunction<Integer> work) {
        List<String> times = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            result = work.apply(i);
            times.add(String.format("%.2f s", (System.nanoTime() - begin) / 1e9));
        }
        return "| " + what + " | " + String.join(", ", times) + " | " + result + " |";
    }

    private static UserSummary user(Users users, String email, Role role) {
        UserSummary user = users.findByEmail(email).orElseGet(() -> users.create(email, email, EnumSet.of(role)));
        users.setPassword(user.id(), PASSWORD);
        return user;
    }

    private static Browser signIn(EmbeddedServer server, UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), PASSWORD);
        return browser;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void write(Path out, List<String> lines) throws Exception {
        List<String> recomputes = lines.stream().filter(l -> l.startsWith("| ") && l.endsWith(" |")
                && !l.contains(" ms |")).toList();
        List<String> pages = lines.stream().filter(l -> l.contains(" ms |")).toList();
        String md = "# Partner tier benchmark\n\n"
                + "Command: `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.bench.TierBenchmark`\n\n"
                + "Measured " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + "; the server, MariaDB 11.4 (embedded, "
                + "default settings) and the HTTP client on one machine. "
                + String.join(" ", lines.stream().filter(l -> !l.startsWith("|")).toList()) + "\n\n"
                + "## Full recompute (aim ≤ 5 s)\n\n| what | time per run | partners changed (recount: disagreements) |\n"
                + "|---|---|---|\n" + String.join("\n", recomputes) + "\n\n"
                + "## Dashboards and home pages (aim p95 ≤ 100 ms)\n\nEach a signed-in GET of the whole HTML page "
                + "after 30 warm-up requests.\n\n| page | requests | p50 | p95 | max |\n|---|---|---|---|---|\n"
                + String.join("\n", pages) + "\n";
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
