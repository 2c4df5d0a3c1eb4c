package io.partneracademy.tiers;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.certification.Certifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A tier policy that asks for a specialization changes which tier a partner qualifies for, and says why. */
@MicronautTest(transactional = false)
class SpecializationTierTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    TierPolicies policies;
    @Inject
    PartnerMetrics metrics;
    @Inject
    TierEvents events;
    @Inject
    TierDashboard dashboard;
    @Inject
    EmbeddedServer server;
    @Inject
    Certifications certifications;

    @BeforeAll
    void importBasicsWithASpecialization() {
        contentImporter.importTree(ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12")
                .write("paths/clinic.yaml", """
                        id: clinic
                        title: Clinic Specialization
                        level: SPECIALIZATION
                        description: An industry track after the basics.
                        prerequisite: basics
                        courses:
                          - intro
                        exam: clinic-quiz
                        validity-months: 24
                        """).root(), null);
        examImporter.importTree(ExamFixture.addExam(ExamFixture.create(), "clinic-quiz", "clinic"));
    }

    @Test
    void silverNeedsASpecializationOnceThePolicySaysSoAndEarningOneRestoresIt() {
        Partner partner = fixtures.setTier(fixtures.partner("Clinic Partners"), Tier.SILVER);
        UserSummary adminUser = fixtures.user("Ada Admin", Role.ADMIN);
        CurrentUser admin = new CurrentUser(adminUser.id(), adminUser.email(), adminUser.displayName(), Set.of(Role.ADMIN));
        metrics.record(admin, partner.id(), "30000", "0");
        CurrentUser learner = Learning.learner(fixtures.employee(partner, "Cora Clinic", Role.LEARNER));
        learning.completeBasics(learner);
        events.process();
        assertThat(dashboard.partner(admin, partner.id()).assessment().eligible()).isEqualTo(Tier.SILVER);

        policies.update(admin, new TierPolicyForm(policy(1)).requirements());

        TierDashboard.Line held = dashboard.partner(admin, partner.id());
        assertThat(held.assessment().eligible()).isEqualTo(Tier.REGISTERED);
        assertThat(held.assessment().explanation()).contains("Silver needs 1 specialization; you have 0. Needs 1 more specialization");
        assertThat(held.counts().specializations()).isZero();

        learning.pass(learner, "clinic-quiz");
        events.process();

        TierDashboard.Line earned = dashboard.partner(admin, partner.id());
        assertThat(earned.assessment().eligible()).isEqualTo(Tier.SILVER);
        assertThat(earned.counts().specializations()).isEqualTo(1);
        assertThat(earned.counts().certified()).as("the specialist is still one certified person").isEqualTo(1);
        assertThat(earned.assessment().explanation()).contains("1 person certified", "1 specialization");

        policies.update(admin, new TierPolicyForm(policy(0)).requirements());
        assertThat(dashboard.partner(admin, partner.id()).assessment().eligible()).isEqualTo(Tier.SILVER);
    }

    @Test
    void theTierAndTeamCsvFilesCountTheSpecializationAndItsVerifyAnswerMatchesThePublishedSchema() throws Exception {
        Partner partner = fixtures.setTier(fixtures.partner("Clinic Csv"), Tier.SILVER);
        UserSummary adminUser = fixtures.user("Ada Csv", Role.ADMIN);
        CurrentUser learner = Learning.learner(fixtures.employee(partner, "Cleo Clinic", Role.LEARNER));
        learning.completeBasics(learner);
        learning.pass(learner, "clinic-quiz");
        events.process();
        Browser browser = new Browser(server.getURI());
        browser.login(adminUser.email(), Fixtures.PASSWORD);
        String credentialId = certifications.held(learner.id()).stream().filter(h -> h.pathId().equals("clinic"))
                .findFirst().orElseThrow().credentialId();

        List<CSVRecord> tiers = CSVFormat.RFC4180.parse(new StringReader(browser.getAny("/tiers/export.csv").body()))
                .getRecords();
        List<CSVRecord> team = CSVFormat.RFC4180.parse(new StringReader(
                browser.getAny("/tiers/partners/" + partner.id() + "/people.csv").body())).getRecords();
        Browser.Page verify = browser.getJson("/verify/" + credentialId);
        List<CSVRecord> program = CSVFormat.RFC4180.parse(new StringReader(
                browser.getAny("/program/completions.csv?period=all").body())).getRecords();

        int column = tiers.get(0).toList().indexOf("specializations");
        assertThat(column).isEqualTo(tiers.get(0).toList().indexOf("architect") + 1);
        assertThat(tiers).filteredOn(r -> r.get(0).equals(partner.name())).singleElement()
                .satisfies(r -> assertThat(r.get(column)).isEqualTo("1"));
        assertThat(program).filteredOn(r -> r.get(0).equals("Specialization")).singleElement()
                .satisfies(r -> assertThat(Integer.parseInt(r.get(1))).as("specializations completed").isPositive());
        assertThat(team.get(0).toList()).contains("Clinic Specialization");
        assertThat(team.get(1).get(team.get(0).toList().indexOf("Clinic Specialization"))).startsWith("Certified until ");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body()).contains("SPECIALIZATION");
        String schema = Files.readString(ProjectDir.get().resolve("docs/schemas/verify-response.schema.json"));
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                .validate(verify.body(), InputFormat.JSON)).as("errors against docs/schemas/verify-response.schema.json")
                .isEmpty();
    }

    /** The program's default policy, with every tier asking for this many specializations. */
    private static Map<String, String> policy(int specializations) {
        Map<String, String> form = new HashMap<>();
        List<String[]> tiers = List.of(new String[]{"SILVER", "1", "0", "25000", "5"},
                new String[]{"GOLD", "2", "0", "100000", "20"}, new String[]{"PLATINUM", "5", "1", "500000", "50"});
        for (String[] t : tiers) {
            form.put(t[0] + ".minCertified", t[1]);
            form.put(t[0] + ".minPractitioners", "0");
            form.put(t[0] + ".minArchitects", t[2]);
            form.put(t[0] + ".minSpecializations", String.valueOf(specializations));
            form.put(t[0] + ".minArr", t[3]);
            form.put(t[0] + ".minReferrals", t[4]);
        }
        return form;
    }
}
