package io.partneracademy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.web.FieldErrors;
import io.partneracademy.web.FormPage;
import io.partneracademy.web.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package structure described in docs/architecture.md, checked on the compiled classes: feature packages form
 * no cycle and use only the features listed for them (the same table as the page's), repositories stay inside their
 * feature, and production code never reaches into test code.
 */
class ArchitectureTest {

    private static final String ROOT = "io.partneracademy";

    /** Each feature package and the features it may use; docs/architecture.md lists the same (checked below). */
    static final Map<String, List<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("web", List.of()),
            Map.entry("outbox", List.of()),
            Map.entry("markdown", List.of()),
            Map.entry("csv", List.of()),
            Map.entry("files", List.of()),
            Map.entry("accounts", List.of("web")),
            Map.entry("content", List.of("web")),
            Map.entry("notifications", List.of("accounts", "web")),
            Map.entry("partners", List.of("accounts", "outbox", "web")),
            Map.entry("search", List.of("accounts", "partners", "web")),
            Map.entry("catalog", List.of("accounts", "markdown", "partners", "search", "web")),
            Map.entry("labs", List.of("accounts", "catalog", "files", "markdown", "web")),
            Map.entry("exams", List.of("accounts", "catalog", "markdown", "outbox", "web")),
            Map.entry("certification", List.of("accounts", "catalog", "exams", "notifications", "outbox", "partners",
                    "web")),
            Map.entry("learning", List.of("accounts", "catalog", "certification", "exams", "labs", "web")),
            Map.entry("live", List.of("accounts", "catalog", "csv", "files", "notifications", "outbox", "partners",
                    "web")),
            Map.entry("authoring", List.of("accounts", "catalog", "content", "exams", "labs", "live", "partners",
                    "quizzes", "web")),
            Map.entry("quizzes", List.of("accounts", "catalog", "exams", "markdown", "web")),
            Map.entry("library", List.of("accounts", "content", "markdown", "partners", "search", "web")),
            Map.entry("reports", List.of("accounts", "catalog", "csv", "partners", "web")),
            Map.entry("itemstats", List.of("accounts", "authoring", "catalog", "content", "csv", "exams", "web")),
            Map.entry("assignments", List.of("accounts", "catalog", "certification", "csv", "labs", "live",
                    "notifications", "outbox", "partners", "web")),
            Map.entry("tiers", List.of("accounts", "assignments", "catalog", "certification", "csv", "live",
                    "notifications", "outbox", "partners", "web")),
            Map.entry("webhooks", List.of("notifications", "outbox", "web")),
            Map.entry("sso", List.of("accounts", "csv", "partners", "web")),
            Map.entry("roster", List.of("accounts", "csv", "notifications", "partners", "web")),
            Map.entry("api", List.of("accounts", "catalog", "certification", "exams", "labs", "learning",
                    "library", "live", "partners", "roster", "search", "tiers", "web", "webhooks")),
            Map.entry("directory", List.of("accounts", "catalog", "certification", "partners", "web")),
            Map.entry("portal", List.of("accounts", "assignments", "live", "notifications", "partners", "tiers", "web")),
            Map.entry("demo", List.of("accounts", "authoring", "catalog", "certification", "directory", "live",
                    "partners", "tiers")),
            Map.entry("home", List.of("accounts", "assignments", "authoring", "catalog", "certification", "itemstats",
                    "labs", "learning", "notifications", "tiers", "web"))));

    private static JavaClasses main;
    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        all = new ClassFileImporter().importPackages(ROOT);
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void featuresUseOnlyTheFeaturesListedForThem() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (String feature : ALLOWED.keySet()) {
            layers = layers.layer(feature).definedBy(ROOT + "." + feature + "..");
        }
        for (Map.Entry<String, List<String>> feature : ALLOWED.entrySet()) {
            layers = feature.getValue().isEmpty() ? layers.whereLayer(feature.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(feature.getKey()).mayOnlyAccessLayers(feature.getValue().toArray(String[]::new));
        }

        layers.check(main);
    }

    @Test
    void everyClassBelongsToAListedFeature() {
        String[] packages = ALLOWED.keySet().stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);

        classes().that().resideOutsideOfPackage(ROOT).should().resideInAnyPackage(packages).check(main);
    }

    @Test
    void theArchitecturePageDescribesEveryFeatureAndListsExactlyTheseDependencies() throws IOException {
        String page = Files.readString(ProjectDir.get().resolve("docs/architecture.md"));
        Map<String, List<String>> documented = new TreeMap<>();
        String table = page.substring(page.indexOf("## Allowed dependencies"));
        for (String line : table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| feature")).toList()) {
            String[] cells = line.split("\\|");
            List<String> uses = cells[2].strip().equals("nothing of ours") ? List.of()
                    : List.of(cells[2].strip().split(",\\s*"));
            for (String feature : cells[1].strip().split(",\\s*")) {
                documented.put(feature, uses);
            }
        }

        assertThat(documented).isEqualTo(ALLOWED);
        assertThat(ALLOWED.keySet()).allSatisfy(f -> assertThat(page).contains("- **" + f + "**:"));
    }

    @Test
    void repositoriesArePackagePrivate() {
        ArchRule rule = classes().that().areAnnotatedWith(JdbcRepository.class).should().notBePublic()
                .andShould().notBeProtected();

        rule.check(main);
        assertThat(main.stream().filter(c -> c.isAnnotatedWith(JdbcRepository.class))).hasSizeGreaterThan(10);
    }

    /**
     * The tables each of these features owns. Its SQL ({@code @Query} texts and {@code @MappedEntity} records) names
     * no other table: it asks the owning features' services instead, so a rule about their data ("certified") lives
     * in one place. Features not listed here are not checked yet (several still read others' tables in SQL).
     */
    static final Map<String, java.util.Set<String>> OWN_TABLES = Map.of(
            "directory", java.util.Set.of("directory_listing", "directory_person"),
            "assignments", java.util.Set.of("assignment", "assignment_rule", "assignment_campaign",
                    "assignment_job_lock", "onboarding_plan", "onboarding_step"));

    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile(
            // "FOR UPDATE SKIP LOCKED" locks rows; it names no table.
            "\\b(?:FROM|JOIN|INTO|(?<!FOR\\s)UPDATE)\\s+`?([a-z_][a-z0-9_]*)", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Test
    void listedFeaturesReadAndWriteOnlyTheirOwnTablesInSql() {
        List<String> foreign = new java.util.ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, java.util.Set<String>> feature : OWN_TABLES.entrySet()) {
            for (JavaClass c : main) {
                if (!c.getPackageName().equals(ROOT + "." + feature.getKey())) {
                    continue;
                }
                java.util.Optional<com.tngtech.archunit.core.domain.JavaAnnotation<JavaClass>> entity =
                        c.tryGetAnnotationOfType(io.micronaut.data.annotation.MappedEntity.class.getName());
                if (entity.isPresent() && !feature.getValue().contains(String.valueOf(entity.get().get("value")
                        .orElse("")))) {
                    foreign.add(c.getSimpleName() + " maps " + entity.get().get("value").orElse(""));
                }
                for (com.tngtech.archunit.core.domain.JavaMethod m : c.getMethods()) {
                    java.util.Optional<String> sql = m.tryGetAnnotationOfType(
                            io.micronaut.data.annotation.Query.class.getName()).flatMap(a -> a.get("value"))
                            .map(String::valueOf);
                    if (sql.isEmpty()) {
                        continue;
                    }
                    checked++;
                    java.util.regex.Matcher table = TABLE.matcher(sql.get());
                    while (table.find()) {
                        if (!feature.getValue().contains(table.group(1).toLowerCase(java.util.Locale.ROOT))) {
                            foreign.add(c.getSimpleName() + "." + m.getName() + " uses " + table.group(1));
                        }
                    }
                }
            }
        }

        assertThat(foreign).as("SQL naming another feature's tables").isEmpty();
        assertThat(checked).as("queries checked").isGreaterThan(2);
    }

    /**
     * Live's rule of recorded attendance (a seat holder marked attended or a no-show) is written once, in its view
     * {@code live_recorded_attendance} (V135): SQL outside live reads that view, never live's own tables.
     */
    @Test
    void otherFeaturesReadLiveAttendanceOnlyThroughLivesView() {
        List<String> foreign = new java.util.ArrayList<>();
        int viewReaders = 0;
        for (Sql query : queries()) {
            if (feature(query.owner()).equals("live")) {
                continue;
            }
            for (String name : query.tables()) {
                if (name.equals("live_recorded_attendance")) {
                    viewReaders++;
                } else if (name.startsWith("live_")) {
                    foreign.add(query.where() + " uses " + name);
                }
            }
        }

        assertThat(foreign).as("SQL outside live naming live's tables").isEmpty();
        assertThat(viewReaders).as("queries outside live reading the view").isPositive();
    }

    /**
     * Tables whose rows carry a rule of their owner ("current staff", "active certification", ADR 0053), and the views
     * through which the owner gives that rule to everyone else. SQL outside the owner names the views, never the
     * tables, so it cannot re-derive the rule with a predicate of its own.
     */
    static final Map<String, java.util.Set<String>> RULE_TABLES = Map.of(
            "partners", java.util.Set.of("employment"),
            "certification", java.util.Set.of("certification", "certification_event", "certification_document"));

    /** A reader of {@code certification_active} passes the instant it asks about, as the view's comment says. */
    private static final java.util.regex.Pattern ACTIVE_AT = java.util.regex.Pattern.compile(
            "\\b(?:[a-z_]+\\.)?expires_at\\s*>\\s*:[a-zA-Z]+\\b");

    @Test
    void otherFeaturesReadCurrentStaffAndCertificationsOnlyThroughTheOwnersViews() {
        List<String> foreign = new java.util.ArrayList<>();
        java.util.Set<String> viewsRead = new java.util.TreeSet<>();
        for (JavaClass c : main) {
            c.tryGetAnnotationOfType(io.micronaut.data.annotation.MappedEntity.class.getName())
                    .map(entity -> String.valueOf(entity.get("value").orElse("")))
                    .filter(table -> ruleOwner(table).filter(owner -> !owner.equals(feature(c))).isPresent())
                    .ifPresent(table -> foreign.add(c.getSimpleName() + " maps " + table));
        }
        for (Sql query : queries()) {
            for (String name : query.tables()) {
                if (ruleOwner(name).filter(owner -> !owner.equals(feature(query.owner()))).isPresent()) {
                    foreign.add(query.where() + " uses " + name);
                }
                if (name.equals("certification_active") || name.equals("partner_current_staff")
                        || name.equals("certification_issued")) {
                    viewsRead.add(name);
                }
                if (name.equals("certification_active") && !ACTIVE_AT.matcher(query.text()).find()) {
                    foreign.add(query.where() + " reads certification_active without the instant (expires_at > :now)");
                }
            }
        }

        assertThat(foreign).as("SQL re-deriving partners' or certification's rules from their tables").isEmpty();
        assertThat(viewsRead).containsExactly("certification_active", "certification_issued", "partner_current_staff");
    }

    /** The feature whose rule the rows of this table carry, if it is one of {@link #RULE_TABLES}. */
    private static java.util.Optional<String> ruleOwner(String table) {
        return RULE_TABLES.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** One hand-written SQL text ({@code @Query}) of production code, where it is and the tables it names. */
    private record Sql(JavaClass owner, String method, String text, List<String> tables) {

        String where() {
            return owner.getSimpleName() + "." + method;
        }
    }

    private static List<Sql> queries() {
        List<Sql> all = new java.util.ArrayList<>();
        for (JavaClass c : main) {
            for (com.tngtech.archunit.core.domain.JavaMethod m : c.getMethods()) {
                m.tryGetAnnotationOfType(io.micronaut.data.annotation.Query.class.getName())
                        .flatMap(a -> a.get("value")).map(String::valueOf)
                        .ifPresent(sql -> all.add(new Sql(c, m.getName(), sql, tables(sql))));
            }
        }
        return all;
    }

    private static List<String> tables(String sql) {
        List<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher table = TABLE.matcher(sql);
        while (table.find()) {
            names.add(table.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return names;
    }

    /**
     * Demo data goes through the services of the features that own it (issue 17): no SQL of its own, so the demo
     * never leaves rows a feature's own rules would not (a live attendance without its requirement, for one).
     */
    @Test
    void demoLoadersWriteNoSqlOfTheirOwn() {
        ArchRule rule = classes().that().haveSimpleNameStartingWith("Demo")
                .should().notBeAnnotatedWith(JdbcRepository.class)
                .andShould().onlyDependOnClassesThat(DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("java.sql")
                                .and(DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates
                                        .equivalentTo(java.sql.Connection.class)))));

        rule.check(main);
        assertThat(main.stream().filter(c -> c.getSimpleName().startsWith("Demo"))).hasSizeGreaterThan(5);
    }

    @Test
    void controllersNeverUseAnotherFeaturesRepositories() {
        ArchRule rule = classes().that().areAnnotatedWith(Controller.class)
                .should(useOnlyRepositoriesOfTheirOwnFeature());

        rule.check(main);
    }

    /**
     * Only web code and controllers name HTML form fields; services say what is wrong in domain terms
     * ({@code InvalidInputException}) and a controller's {@code FormPage} maps that to a field (ADR 0034). Form
     * records are the HTML form and may name their own fields.
     */
    @Test
    void onlyWebCodeAndControllersNameFormFields() {
        DescribedPredicate<JavaClass> webOrController = DescribedPredicate.describe("web code or a controller",
                c -> c.getPackageName().startsWith(ROOT + ".web") || isController(c) || isFormRecord(c)
                        || isGenerated(c));

        noClasses().that(DescribedPredicate.not(webOrController)).should().dependOnClassesThat()
                .belongToAnyOf(FieldErrors.class, FormPage.class)
                .check(main);
        assertThat(main.stream().filter(ArchitectureTest::isController)
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isEquivalentTo(FormPage.class))))
                .hasSizeGreaterThan(3);
    }

    /** The validate → 422 → catch → 422 sequence lives once, in web: no controller catches a domain input failure. */
    @Test
    void controllersLeaveInputFailuresToTheOneHandler() {
        List<String> catching = main.stream().filter(ArchitectureTest::isController)
                .flatMap(c -> c.getCodeUnits().stream())
                .flatMap(u -> u.getTryCatchBlocks().stream()
                        .filter(b -> b.getCaughtThrowables().stream()
                                .anyMatch(t -> t.isAssignableTo(InvalidInputException.class)))
                        .map(b -> u.getFullName()))
                .toList();

        assertThat(catching).isEmpty();
    }

    /** Micronaut's compile-time bean definitions ({@code $PeopleApi$Definition$Exec}) stand for their class. */
    private static boolean isGenerated(JavaClass c) {
        return c.getSimpleName().startsWith("$") || c.getName().contains(".$");
    }

    /** A record bound from a form ({@code ReviseForm}) is the HTML form itself and may check its own fields. */
    private static boolean isFormRecord(JavaClass c) {
        return c.isRecord() && c.getSimpleName().endsWith("Form");
    }

    private static boolean isController(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.isAnnotatedWith(Controller.class);
    }

    @Test
    void productionCodeNeverDependsOnTestCode() {
        DescribedPredicate<JavaClass> testCode = DescribedPredicate.describe("test code", ArchitectureTest::isTestCode);

        noClasses().that(DescribedPredicate.not(testCode)).should().dependOnClassesThat(testCode)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..",
                        "ch.vorburger..", "org.testcontainers..", "com.tngtech.archunit..")
                .check(all);
        assertThat(all.stream().filter(ArchitectureTest::isTestCode)).isNotEmpty();
    }

    private static boolean isTestCode(JavaClass c) {
        return c.getSource().map(s -> ImportOption.Predefined.ONLY_INCLUDE_TESTS.includes(Location.of(s.getUri())))
                .orElse(false);
    }

    private static String feature(JavaClass c) {
        String rest = c.getPackageName().equals(ROOT) ? "" : c.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> useOnlyRepositoriesOfTheirOwnFeature() {
        return new ArchCondition<>("use only repositories of their own feature") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (Dependency d : controller.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.isAnnotatedWith(JdbcRepository.class) && !feature(target).equals(feature(controller))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
