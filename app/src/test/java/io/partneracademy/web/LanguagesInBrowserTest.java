package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language switcher in a real Chromium (whose own language is English): a person picks Japanese on the
 * sign-in page or German once signed in, and navigation, sign-in and a path page follow; axe-core checks every
 * page in every language it is seen in.
 */
@MicronautTest(transactional = false)
class LanguagesInBrowserTest extends DemoSiteTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aLearnerWhoPicksJapaneseOnTheSignInPageGetsTheAcademyInJapanese() {
        RealBrowser learner = new RealBrowser(server.getURI()).open("/login");
        assertThat(lang(learner)).isEqualTo("en");

        learner.clickButton("日本語");
        assertThat(learner.path()).isEqualTo("/login");
        assertThat(lang(learner)).isEqualTo("ja");
        assertThat(learner.find("h1").getText()).isEqualTo("サインイン");
        learner.type("input[name=email]", "learner@globaltech.example").type("input[name=password]", DemoSite.PASSWORD)
                .clickButton("サインイン");

        assertThat(learner.find("#main-menu").getText()).contains("ホーム", "パス", "コース", "試験", "ラボ", "認定", "ライブラリ");
        assertThat(learner.text()).contains("サインアウト", "あなたの認定パス");
        learner.clickLink("パス");
        assertThat(learner.find("h1").getText()).isEqualTo("認定パス");
        learner.click("main h2 a[href^='/paths/']");
        assertThat(learner.text()).contains("必修コース");
        assertThat(lang(learner)).isEqualTo("ja");
    }

    @Test
    void aSignedInLearnerSwitchesToGermanAndKeepsItAfterSigningOutAndOnANewDevice() {
        RealBrowser learner = new RealBrowser(server.getURI()).signIn("partneradmin@globaltech.example",
                DemoSite.PASSWORD);
        learner.clickLink("Paths");
        assertThat(learner.find("h1").getText()).isEqualTo("Certification paths");

        learner.clickButton("Deutsch");

        assertThat(learner.path()).isEqualTo("/paths");
        assertThat(lang(learner)).isEqualTo("de");
        assertThat(learner.find("h1").getText()).isEqualTo("Zertifizierungspfade");
        assertThat(learner.find("#main-menu").getText()).contains("Startseite", "Pfade", "Kurse", "Prüfungen", "Bibliothek");
        learner.click("main h2 a[href^='/paths/']");
        assertThat(learner.text()).contains("Pflichtkurse");
        learner.clickButton("Abmelden");
        learner.open("/login");
        assertThat(learner.find("h1").getText()).isEqualTo("Anmelden");
        assertThat(learner.find("label[for=password]").getText()).isEqualTo("Passwort");

        RealBrowser newDevice = new RealBrowser(server.getURI()).open("/login");
        assertThat(lang(newDevice)).isEqualTo("en");
        newDevice.signIn("partneradmin@globaltech.example", DemoSite.PASSWORD);
        assertThat(lang(newDevice)).isEqualTo("de");
        assertThat(newDevice.find("#main-menu").getText()).contains("Startseite", "Pfade");
    }

    @Test
    void aLearnerSetsLanguageAndTimeZoneInTheProfile() {
        RealBrowser learner = new RealBrowser(server.getURI()).signIn("yuki.tanaka@globaltech.example",
                DemoSite.PASSWORD);
        learner.click("a.who[href='/profile']");
        assertThat(learner.find("h1").getText()).isEqualTo("Your profile");
        assertThat(learner.find("#timeZone-help").getText()).endsWith("UTC.");

        new Select(learner.find("#language")).selectByValue("ja");
        new Select(learner.find("#timeZone")).selectByValue("Asia/Tokyo");
        learner.clickButton("Save");

        assertThat(learner.path()).isEqualTo("/profile");
        assertThat(lang(learner)).isEqualTo("ja");
        assertThat(learner.find("p.flash").getText()).isEqualTo("プロフィールを保存しました。");
        assertThat(learner.find("#timeZone-help").getText()).endsWith("JST");
        assertThat(new Select(learner.find("#timeZone")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("Asia/Tokyo");
        learner.clickLink("試験");
        assertThat(lang(learner)).isEqualTo("ja");
    }

    @Test
    void aJapaneseLearnerReadsTheFoundationInJapaneseAndUntranslatedCoursesMarkedEnglishWithANote() {
        RealBrowser learner = new RealBrowser(server.getURI()).open("/login");
        learner.clickButton("日本語");
        learner.type("input[name=email]", "priya@datacorp.example").type("input[name=password]",
                DemoSite.PASSWORD).clickButton("サインイン");

        learner.open("/courses");
        assertThat(learner.find("a.title[href='/courses/program-essentials']").getText()).isEqualTo("パートナープログラムの基本");
        assertThat(learner.all("li.course-card:has(a[href='/courses/program-essentials']) [lang]")).isEmpty();
        assertThat(learner.find("a.title[href='/courses/solution-discovery']").getAttribute("lang")).isEqualTo("en");
        assertThat(learner.find("li.course-card:has(a[href='/courses/solution-discovery']) p").getAttribute("lang"))
                .isEqualTo("en");
        learner.open("/courses/solution-discovery");
        assertThat(learner.find("h1").getAttribute("lang")).isEqualTo("en");
        assertThat(learner.find("#content-fallback").getText())
                .isEqualTo("このコースはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");
        assertThat(learner.all("ol.lessons a[lang='en']")).hasSizeGreaterThan(1);
        learner.open("/courses/program-essentials");
        assertThat(learner.find("h1").getText()).isEqualTo("パートナープログラムの基本");
        assertThat(learner.text()).contains("プログラムの構成", "パートナーティアと、各ティアに到達するための条件");
        learner.clickLink("パートナーティアと、各ティアに到達するための条件");

        assertThat(learner.find("article.lesson-body").getAttribute("lang")).isEqualTo("ja");
        assertThat(learner.find("article.lesson-body h1").getText()).isEqualTo("パートナーティアと、各ティアに到達するための条件");
        assertThat(learner.all("#content-fallback, #content-outdated")).isEmpty();
        learner.click("#complete");
        assertThat(learner.find("article.lesson-body").getAttribute("lang")).isEqualTo("ja");
        assertThat(learner.find("article.lesson-body h1").getText()).isEqualTo("ティア特典の比較");
        assertThat(learner.all("#content-fallback, #content-outdated")).isEmpty();
        learner.open("/courses/solution-discovery/lessons/discovery-call-preparation");
        assertThat(learner.find("article.lesson-body").getAttribute("lang")).isEqualTo("en");
        assertThat(learner.find("#content-fallback").getText())
                .isEqualTo("このレッスンはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");
        learner.clickButton("English");
        learner.open("/courses/program-essentials");
        assertThat(learner.find("h1").getText()).isEqualTo("Partner Program Essentials");
        assertThat(learner.text()).contains("1 of 5 lessons done");
    }

    @Test
    void theDemoLearnerInOsakaGetsJapaneseAndTokyoTimeFromTheProfileInAnEnglishBrowser() {
        RealBrowser kenji = new RealBrowser(server.getURI()).signIn("kenji.sato@techpartners.example",
                DemoSite.PASSWORD);

        assertThat(lang(kenji)).isEqualTo("ja");
        kenji.click("a.who[href='/profile']");
        assertThat(kenji.find("#timeZone option[selected]").getAttribute("value")).isEqualTo("Asia/Tokyo");
        assertThat(kenji.find("#timeZone-help").getText()).endsWith("JST");
    }

    @Test
    void theGermanDemoLearnerSeesLibraryFacetsAndHitsInGermanWithEachTagAndCourseMarkedInItsOwnLanguage() {
        RealBrowser hannah = new RealBrowser(server.getURI()).signIn("hannah.schmidt@datacorp.example",
                DemoSite.PASSWORD);

        hannah.open("/library");
        assertThat(lang(hannah)).isEqualTo("de");
        assertThat(hannah.find(".facets a[href*='type=battle-card']").getText()).isEqualTo("Battle Card");
        assertThat(hannah.find(".facets a[href*='kind=lesson']").getText()).isEqualTo("Lektion");
        assertThat(hannah.find(".facets a[href*='language=fr']").getText()).isEqualTo("Französisch");
        hannah.click(".facets a[href*='language=fr']");
        assertThat(facetTag(hannah, "niveaux").getDomAttribute("lang")).isEqualTo("fr");
        hannah.open("/library?type=battle-card");
        assertThat(facetTag(hannah, "wettbewerb").getDomAttribute("lang")).isNull();
        assertThat(facetTag(hannah, "competitive").getDomAttribute("lang")).isEqualTo("en");
        hannah.type("#q", "Deal-Registrierung").clickButton("Suchen");
        hannah.click(".facets a[href*='kind=lesson']");

        assertThat(hannah.find(".active-filters a").getText()).isEqualTo("Art: Lektion ×");
        WebElement hit = hannah.find("li.hit:has(a.hit-title[href^='/courses/deal-registration/'])");
        assertThat(hit.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Lektion");
        WebElement course = hit.findElement(By.cssSelector("span.muted"));
        assertThat(course.getText()).isEqualTo("Deal Registration That Gets Approved");
        assertThat(course.getDomAttribute("lang")).isEqualTo("en");
    }

    private static WebElement facetTag(RealBrowser browser, String tag) {
        WebElement value = browser.find(".facets a[href$='tag=" + tag + "'] span span");
        assertThat(value.getText()).isEqualTo(tag);
        return value;
    }

    private static String lang(RealBrowser browser) {
        return (String) browser.script("return document.documentElement.lang");
    }
}
