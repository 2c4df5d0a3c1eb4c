package io.partneracademy.roster;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import io.partneracademy.partners.PersonForm;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roster import on a real database: what a file's problems say, what a preview shows, what confirming does. */
@MicronautTest(transactional = false)
class RosterImportTest extends DatabaseTest {

    @Inject
    RosterImports imports;
    @Inject
    Fixtures fixtures;
    @Inject
    People people;
    @Inject
    Users users;
    @Inject
    Notifications notifications;
    @Inject
    io.partneracademy.accounts.PersonPreferences preferences;
    @Inject
    RosterHousekeeping housekeeping;
    @Inject
    io.partneracademy.support.TestClock clock;
    @Inject
    javax.sql.DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.roster.max-bytes", "4096");
        properties.put("partneracademy.roster.max-lines", "20");
        return properties;
    }

    @Test
    void everyProblemIsReportedWithItsLineAndNothingIsKept() {
        Partner globex = fixtures.partner("Globex");
        CurrentUser admin = admin(globex);
        UserSummary elsewhere = fixtures.employee(fixtures.partner("Initech"), "Olga Other", Role.LEARNER);
        String file = """
                name,email,job_title,role
                Ann Able,ann@globex.example,Sales,learner
                Bob Bad,bob-at-globex,Sales,learner
                Cy Role,cy@globex.example,Sales,boss
                Ann Again,ANN@globex.example,Sales,learner
                =HYPERLINK("http://evil"),eve@globex.example,Sales,learner
                Olga Other,%s,Sales,learner
                Dee Short,dee@globex.example,Sales
                """.formatted(elsewhere.email());

        RosterRejectedException rejected = reject(admin, globex, file);

        assertThat(rejected.problems()).extracting(RosterProblem::line, RosterProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "roster.error.email"),
                org.assertj.core.groups.Tuple.tuple(4, "roster.error.role"),
                org.assertj.core.groups.Tuple.tuple(5, "roster.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(6, "roster.error.formula"),
                org.assertj.core.groups.Tuple.tuple(7, "roster.error.elsewhere"),
                org.assertj.core.groups.Tuple.tuple(8, "roster.error.columns"));
        assertThat(rejected.problems().get(2).args()).containsExactly("ann@globex.example", 2);
        assertThat(users.findByEmail("ann@globex.example")).isEmpty();
        assertThat(imports.recent(admin, globex.id())).isEmpty();
    }

    @Test
    void headerDelimiterEncodingAndSizeProblemsNameWhatIsWrong() {
        Partner globex = fixtures.partner("Globex");
        CurrentUser admin = admin(globex);
        byte[] latin1 = "name,email,job_title,role\nJosé Núñez,jose@globex.example,,learner\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = "name,email,job_title,role\n".getBytes(StandardCharsets.UTF_16);
        StringBuilder many = new StringBuilder("name,email,job_title,role\n");
        for (int i = 0; i < 21; i++) {
            many.append("P").append(i).append(",p").append(i).append("@globex.example,,\n");
        }

        assertThat(only(admin, globex, "name;email;job_title;role\nAnn;ann@globex.example;;learner\n".getBytes()))
                .isEqualTo(RosterProblem.at(1, "roster.error.delimiter"));
        assertThat(reject(admin, globex, "name,mail,job_title,role\n").problems()).extracting(RosterProblem::key)
                .containsExactly("roster.error.unknown-column", "roster.error.missing-column");
        assertThat(only(admin, globex, latin1)).isEqualTo(RosterProblem.at(2, "roster.error.encoding"));
        assertThat(only(admin, globex, utf16)).isEqualTo(RosterProblem.at(0, "roster.error.utf16"));
        assertThat(only(admin, globex, "name,email,job_title,role\n".getBytes()))
                .isEqualTo(RosterProblem.at(2, "roster.error.empty"));
        assertThat(only(admin, globex, many.toString().getBytes()))
                .isEqualTo(RosterProblem.at(22, "roster.error.too-many", 20));
        assertThat(only(admin, globex, new byte[5000]).key()).isEqualTo("roster.error.too-large");
        assertThat(only(admin, globex, "name,email,job_title,role\n\"Ann,ann@globex.example,,\n".getBytes()))
                .isEqualTo(RosterProblem.at(2, "roster.error.unterminated"));
    }

    @Test
    void thePreviewSaysWhoJoinsChangesAndIsMissingAndConfirmingInvitesTheNewOnce() {
        Partner globex = fixtures.partner("Globex");
        UserSummary greta = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);
        CurrentUser me = current(greta);
        UserSummary stays = fixtures.employee(globex, "Sam Stays", Role.LEARNER);
        UserSummary promoted = fixtures.employee(globex, "Pia Promoted", Role.LEARNER);
        UserSummary missing = fixtures.employee(globex, "Max Missing", Role.LEARNER);
        String file = """
                email,name,role,job_title
                %s,Sam Stays,learner,Engineer
                %s,Pia Promoted,partner_admin,Team lead
                new.person@globex.example,Nia New,,Pre-sales
                "lead@globex.example","Lee, Lead",partner admin,
                """.formatted(stays.email(), promoted.email().toUpperCase());

        long id = imports.upload(me, globex.id(), "staff.csv", file.getBytes(StandardCharsets.UTF_8));
        RosterPreview preview = imports.show(me, globex.id(), id).preview();
        RosterImports.Applied first = imports.confirm(me, globex.id(), id, preview.fingerprint(), false, Locale.ENGLISH);
        RosterImports.Applied again = imports.confirm(me, globex.id(), id, "whatever the second tab sent", false, Locale.ENGLISH);

        assertThat(preview.joining()).extracting(RosterPreview.Joining::email)
                .containsExactly("new.person@globex.example", "lead@globex.example");
        assertThat(preview.updating()).singleElement().satisfies(u -> {
            assertThat(u.userId()).isEqualTo(promoted.id());
            assertThat(u.changes()).containsExactly(new RosterPreview.Change("job_title", "Engineer", "Team lead"),
                    new RosterPreview.Change("role", "learner", "partner_admin"));
        });
        assertThat(preview.unchanged()).isEqualTo(1);
        assertThat(preview.leaving()).extracting(RosterPreview.Leaving::userId).containsExactly(missing.id());
        assertThat(first.invited()).isEqualTo(2);
        assertThat(again).isEqualTo(first);
        assertThat(staffEmails(me, globex)).contains(missing.email(), "new.person@globex.example");
        UserSummary lead = users.findByEmail("lead@globex.example").orElseThrow();
        assertThat(lead.displayName()).isEqualTo("Lee, Lead");
        assertThat(lead.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.PARTNER_ADMIN);
        assertThat(users.get(promoted.id()).roles()).contains(Role.PARTNER_ADMIN);
        assertThat(people.person(me, globex.id(), promoted.id()).jobTitle()).isEqualTo("Team lead");
        // Only the invitation counts here: the import's changes of people make tiers recompute the company's tier a
        // moment later (its event job), which may tell the new partner admin that the tier is at risk.
        assertThat(notifications.recent(lead.id())).filteredOn(n -> n.kind().startsWith("roster."))
                .singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(RosterImports.INVITATION_KIND);
                    assertThat(n.link()).contains("/invitations/");
                });
        assertThat(imports.show(me, globex.id(), id).applied()).isTrue();
    }

    @Test
    void peopleMissingFromTheFileLeaveOnlyWhenAskedAndNeverTheImporter() {
        Partner globex = fixtures.partner("Globex");
        UserSummary greta = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);
        CurrentUser me = current(greta);
        UserSummary missing = fixtures.employee(globex, "Max Missing", Role.LEARNER);
        String file = "name,email,job_title,role\nNia New,nia3@globex.example,,learner\n";

        long id = imports.upload(me, globex.id(), "staff.csv", file.getBytes(StandardCharsets.UTF_8));
        RosterPreview preview = imports.show(me, globex.id(), id).preview();
        RosterImports.Applied applied = imports.confirm(me, globex.id(), id, preview.fingerprint(), true, Locale.ENGLISH);

        assertThat(preview.leaving()).extracting(RosterPreview.Leaving::userId).containsExactly(missing.id());
        assertThat(applied.left()).isEqualTo(1);
        assertThat(staffEmails(me, globex)).containsExactlyInAnyOrder(greta.email(), "nia3@globex.example");
    }

    @Test
    void aPreviewOverTakenByAnotherChangeIsNotApplied() {
        Partner globex = fixtures.partner("Globex");
        CurrentUser me = current(fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN));
        long id = imports.upload(me, globex.id(), "a.csv",
                "name,email,job_title,role\nNia New,nia4@globex.example,,learner\n".getBytes());
        String seen = imports.show(me, globex.id(), id).preview().fingerprint();
        people.invite(me, globex.id(), new PersonForm("other4@globex.example", "Otto Other", null));

        assertThatThrownBy(() -> imports.confirm(me, globex.id(), id, seen, true, Locale.ENGLISH))
                .isInstanceOf(RosterChangedException.class);
        assertThat(users.findByEmail("nia4@globex.example")).isEmpty();
        assertThat(staffEmails(me, globex)).contains("other4@globex.example");
    }

    @Test
    void twoConfirmationsAtOnceApplyTheFileOnce() throws Exception {
        Partner globex = fixtures.partner("Globex");
        CurrentUser me = current(fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN));
        long id = imports.upload(me, globex.id(), "a.csv",
                "name,email,job_title,role\nNia New,nia5@globex.example,,learner\nNed New,ned5@globex.example,,\n"
                        .getBytes());
        String seen = imports.show(me, globex.id(), id).preview().fingerprint();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RosterImports.Applied>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return imports.confirm(me, globex.id(), id, seen, false, Locale.ENGLISH);
            }));
        }

        start.countDown();
        List<RosterImports.Applied> applied = new ArrayList<>();
        for (Future<RosterImports.Applied> result : results) {
            applied.add(result.get());
        }
        pool.shutdown();

        assertThat(applied).allSatisfy(a -> assertThat(a.invited()).isEqualTo(2));
        assertThat(applied.stream().map(RosterImports.Applied::at).distinct()).hasSize(1);
        UserSummary nia = users.findByEmail("nia5@globex.example").orElseThrow();
        assertThat(notifications.recent(nia.id())).hasSize(1);
    }

    @Test
    void anotherCompanysAdminCannotImportAndAnImportIdOfAnotherCompanyIsNotFound() {
        Partner globex = fixtures.partner("Globex");
        Partner initech = fixtures.partner("Initech");
        CurrentUser globexAdmin = current(fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN));
        CurrentUser initechAdmin = current(fixtures.employee(initech, "Ivan Admin", Role.PARTNER_ADMIN));
        long id = imports.upload(globexAdmin, globex.id(), "a.csv",
                "name,email,job_title,role\nNia New,nia6@globex.example,,learner\n".getBytes());

        assertThatThrownBy(() -> imports.upload(initechAdmin, globex.id(), "a.csv", "x".getBytes()))
                .isInstanceOf(PartnerAccessDeniedException.class);
        assertThatThrownBy(() -> imports.show(initechAdmin, initech.id(), id))
                .isInstanceOf(io.partneracademy.web.NotFoundException.class);
    }

    @Test
    void aPartnerAdminCannotChangeTheirOwnRole() {
        Partner globex = fixtures.partner("Globex");
        UserSummary greta = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);

        RosterRejectedException rejected = reject(current(greta), globex,
                "name,email,job_title,role\nGreta Admin," + greta.email() + ",Engineer,learner\n");

        assertThat(rejected.problems()).containsExactly(RosterProblem.at(2, "roster.error.own-role"));
        assertThat(users.get(greta.id()).roles()).contains(Role.PARTNER_ADMIN);
    }

    private RosterRejectedException reject(CurrentUser viewer, Partner partner, String file) {
        try {
            imports.upload(viewer, partner.id(), "roster.csv", file.getBytes(StandardCharsets.UTF_8));
        } catch (RosterRejectedException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    private RosterProblem only(CurrentUser viewer, Partner partner, byte[] bytes) {
        try {
            imports.upload(viewer, partner.id(), "roster.csv", bytes);
        } catch (RosterRejectedException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("the file was accepted");
    }

    private List<String> staffEmails(CurrentUser viewer, Partner partner) {
        return people.staff(viewer, partner.id()).stream().map(Person::user).map(UserSummary::email).toList();
    }

    private CurrentUser admin(Partner partner) {
        return current(fixtures.user("Ada Admin", Role.ADMIN));
    }

    private static CurrentUser current(UserSummary user) {
        return new CurrentUser(user.id(), user.email(), user.displayName(), user.roles());
    }

    @Test
    void invitationsGoOutInTheFilesLanguageElseTheImportersAndTheAppliedFileIsNotKept() throws Exception {
        Partner initech = fixtures.partner("Initech Sprachen");
        UserSummary ines = fixtures.employee(initech, "Ines Admin", Role.PARTNER_ADMIN);
        CurrentUser me = current(ines);
        String file = """
                name,email,job_title,role,language
                Dora Deutsch,dora@initech.example,,,de
                Jun Japan,jun@initech.example,,,JA
                Fred Default,fred@initech.example,,,
                """;
        RosterProblem unknown = only(me, initech, """
                name,email,job_title,role,language
                Kim Klingon,kim@initech.example,,,tlh
                """.getBytes(StandardCharsets.UTF_8));

        long id = imports.upload(me, initech.id(), "staff.csv", file.getBytes(StandardCharsets.UTF_8));
        RosterPreview preview = imports.show(me, initech.id(), id).preview();
        imports.confirm(me, initech.id(), id, preview.fingerprint(), false, Locale.FRENCH);

        assertThat(unknown.line()).isEqualTo(2);
        assertThat(unknown.key()).isEqualTo("roster.error.language");
        assertThat(unknown.args()).containsExactly("tlh", "en, de, fr, ja");
        NotificationRow dora = invitation("dora@initech.example");
        assertThat(dora.subject()).isEqualTo("Ihre Einladung zur Partner Academy");
        assertThat(dora.body()).startsWith("Ines Admin hat Sie bei " + initech.name() + " in der Partner Academy eingetragen.");
        assertThat(invitation("jun@initech.example").subject()).isEqualTo("Partner Academy への招待");
        assertThat(invitation("fred@initech.example").subject()).as("no language in the file: the importer's")
                .isEqualTo("Votre invitation à Partner Academy");
        assertThat(preferences.of(users.findByEmail("dora@initech.example").orElseThrow().id()).language())
                .contains(io.partneracademy.web.Language.DE);
        assertThat(preferences.of(users.findByEmail("fred@initech.example").orElseThrow().id()).language()).isEmpty();
        assertThat(storedContent(id)).as("the applied file's names and addresses are not kept").isEmpty();
        assertThat(imports.show(me, initech.id(), id).result().invited()).isEqualTo(3);
    }

    @Test
    void previewsNobodyConfirmedAreDeletedOnceTheyExpired() {
        Partner umbrella = fixtures.partner("Umbrella Rosters");
        CurrentUser me = current(fixtures.employee(umbrella, "Uma Admin", Role.PARTNER_ADMIN));
        byte[] file = "name,email,job_title,role\nOtto Old,otto@umbrella.example,,\n".getBytes(StandardCharsets.UTF_8);
        long old = imports.upload(me, umbrella.id(), "old.csv", file);
        clock.advance(java.time.Duration.ofHours(23));
        long fresh = imports.upload(me, umbrella.id(), "fresh.csv", file);
        clock.advance(java.time.Duration.ofHours(2));

        int deleted = housekeeping.clean();
        int again = housekeeping.clean();

        assertThat(deleted).as("this class's other unconfirmed previews expired too").isPositive();
        assertThat(again).isZero();
        assertThatThrownBy(() -> imports.show(me, umbrella.id(), old))
                .isInstanceOf(io.partneracademy.web.NotFoundException.class);
        assertThat(imports.show(me, umbrella.id(), fresh).expired()).isFalse();
    }

    private NotificationRow invitation(String email) {
        return notifications.recent(users.findByEmail(email).orElseThrow().id()).stream()
                .filter(n -> n.kind().equals(RosterImports.INVITATION_KIND)).findFirst().orElseThrow();
    }

    private String storedContent(long importId) throws Exception {
        try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                .getConnection(); var statement = connection.prepareStatement(
                "SELECT content FROM roster_import WHERE id = ?")) {
            statement.setLong(1, importId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
