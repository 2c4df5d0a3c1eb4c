package io.partneracademy.tiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.web.Language;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tier notice explains the assessment in each recipient's language (the assessment itself keeps its English text for
 * the CSV, the API and the history).
 */
@MicronautTest(transactional = false)
class TierNoticesInTheRecipientsLanguageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    Partners partners;
    @Inject
    TierEvents events;
    @Inject
    Notifications notifications;
    @Inject
    PersonPreferences preferences;
    @Inject
    Assessments assessments;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aPartnerMovingUpIsExplainedToItsGermanAdminInGermanToItsJapaneseManagerInJapaneseAndStoredInEnglish() {
        Partner partner = fixtures.setTier(fixtures.partner("Aufsteiger"), Tier.REGISTERED);
        UserSummary manager = fixtures.user("Miyu Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        UserSummary admin = fixtures.employee(partner, "Anke Admin", Role.PARTNER_ADMIN);
        UserSummary english = fixtures.employee(partner, "Eve Admin", Role.PARTNER_ADMIN);
        preferences.save(admin.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        preferences.save(manager.id(), Language.JA, ZoneId.of("Asia/Tokyo"));
        learning.completeBasics(Learning.learner(fixtures.employee(partner, "Rita Rising", Role.LEARNER)));
        events.process();

        // the partner manager records the partner's metrics, as managers do
        Browser browser = new Browser(server.getURI());
        browser.login(manager.email(), Fixtures.PASSWORD);
        browser.get("/tiers");
        assertThat(browser.post("/tiers/partners/" + partner.id() + "/metrics", Map.of("arr", "25000", "referrals", "3"))
                .status()).isEqualTo(303);

        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.SILVER);
        assertThat(body(admin)).isEqualTo("Berechtigt für Silver: 1 zertifizierte Person, "
                + Eligibility.money(new BigDecimal("25000"), Locale.GERMAN) + " ARR, 3 Empfehlungen."
                + " Gold erfordert 2 zertifizierte Personen; Sie haben 1. Noch 1 weitere zertifizierte Person nötig."
                + " Gold erfordert " + Eligibility.money(new BigDecimal("100000"), Locale.GERMAN)
                + " ARR oder 20 Empfehlungen; Sie haben " + Eligibility.money(new BigDecimal("25000"), Locale.GERMAN)
                + " und 3.");
        assertThat(body(manager)).startsWith("シルバー の要件を満たしています: 認定者 1 名、ARR $25,000、紹介 3 件。"
                + " ゴールド には認定者 2 名が必要です。現在 1 名です。あと 1 名の認定者が必要です。");
        assertThat(body(english)).isEqualTo("Eligible for Silver: 1 person certified, $25,000 ARR, 3 referrals."
                + " Gold needs 2 people certified; you have 1. Needs 1 more certified person."
                + " Gold needs $100,000 ARR or 20 referrals; you have $25,000 and 3.");
        assertThat(assessments.assess(partner.id(), "test").explanation()).isEqualTo(body(english));
    }

    private String body(UserSummary user) {
        return notifications.recent(user.id()).stream().filter(n -> n.kind().equals(TierNotices.KIND))
                .map(NotificationRow::body).findFirst().orElseThrow();
    }
}
