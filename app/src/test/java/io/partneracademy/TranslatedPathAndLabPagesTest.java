package io.partneracademy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.LabContent;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path and a lab track translated into Japanese are read in Japanese, a track without a translation in English with
 * the fallback shown, and a translation whose source changed is marked outdated; answers are checked as in English.
 */
@MicronautTest(transactional = false)
class TranslatedPathAndLabPagesTest extends DatabaseTest {

    private static final String ORDERED_JA = """
            title: 順番どおりのトラック
            summary: 順番に進めます。
            source: %s
            tasks:
              - id: first
                title: 最初のタスク
                instructions: 最初に行います。
              - id: second
                title: 二番目のタスク
                instructions: 「done」と入力してください。
                hints: [最初のタスクを先に終えてください。]
            """;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;

    @Test
    void aJapaneseLearnerReadsThePathAndTheLabTrackInJapaneseAndTheUntranslatedTrackInEnglishMarked() {
        ContentFixture content = LabContent.create();
        String pathSource = io.partneracademy.catalog.SourceFingerprint.of(pathSpec(content));
        String labSource = ordered(content).sourceFingerprint();
        content.write("paths/basics.ja.yaml", "title: 基礎パス\ndescription: 誰もがここから始めます。\nsource: "
                + pathSource + "\n").write("labs/ordered.ja.yaml", ORDERED_JA.formatted(labSource));
        importer.importTree(content.root(), null);
        Browser learner = signedIn(fixtures.user("Yui Labs", Role.LEARNER), "ja");

        Document path = learner.get("/paths/basics").html();
        Document track = learner.get("/labs/ordered").html();
        learner.post("/labs/ordered/start", Map.of());
        learner.post("/labs/ordered/tasks/first/attest", Map.of());
        Document task = learner.get("/labs/ordered/tasks/second").html();
        learner.post("/labs/ordered/tasks/second/answer", Map.of("answer", "done"));
        Document answered = learner.get("/labs/ordered/tasks/second").html();
        Document untranslated = learner.get("/labs/practice").html();

        assertThat(path.select("h1").text()).isEqualTo("基礎パス");
        assertThat(path.text()).contains("誰もがここから始めます。");
        assertThat(track.select("h1").text()).isEqualTo("順番どおりのトラック");
        assertThat(track.select("h1").attr("lang")).isEmpty();
        assertThat(track.select("ol.lab-tasks").text()).contains("最初のタスク", "二番目のタスク");
        assertThat(track.select("#content-fallback, #content-outdated")).isEmpty();
        assertThat(task.select("h1").text()).isEqualTo("二番目のタスク");
        assertThat(task.select("article.lesson-body").attr("lang")).isEmpty();
        assertThat(task.select("article.lesson-body").text()).isEqualTo("「done」と入力してください。");
        assertThat(task.select("details.hint").text()).contains("最初のタスクを先に終えてください。");
        assertThat(answered.select("#task-state").text()).isEqualTo("完了");
        assertThat(untranslated.select("h1").text()).isEqualTo("Practice Track");
        assertThat(untranslated.select("h1").attr("lang")).isEqualTo("en");
        assertThat(untranslated.select("#content-fallback").text())
                .isEqualTo("このラボトラックはまだ日本語に翻訳されていないため、原文（英語）で表示しています。");
    }

    @Test
    void aLockedTaskOfAnUntranslatedTrackNamesTheEnglishTaskMarkedInsideTheJapaneseSentence() {
        importer.importTree(LabContent.create().root(), null);
        Browser learner = signedIn(fixtures.user("Ren Locked", Role.LEARNER), "ja");
        learner.post("/labs/ordered/start", Map.of());

        Document task = learner.get("/labs/ordered/tasks/second").html();

        assertThat(task.select("#locked").text()).startsWith("先に「First task」を完了してください。");
        assertThat(task.select("#locked span[lang=en]").text()).isEqualTo("First task");
        assertThat(task.select("#locked").attr("lang")).isEmpty();
        assertThat(task.select("h1").attr("lang")).isEqualTo("en");
    }

    @Test
    void cardsOnTheLabListThePathPageAndHomeAreInJapaneseWhereTranslatedAndMarkedEnglishElsewhere() {
        ContentFixture content = LabContent.create();
        io.partneracademy.catalog.CourseSpec intro = io.partneracademy.authoring.ContentTree.read(content.root())
                .courses().stream().filter(c -> c.id().equals("intro")).findFirst().orElseThrow();
        content.write("paths/basics.ja.yaml", "title: 基礎パス\ndescription: 誰もがここから始めます。\nsource: "
                        + io.partneracademy.catalog.SourceFingerprint.of(pathSpec(content)) + "\n")
                .write("labs/ordered.ja.yaml", ORDERED_JA.formatted(ordered(content).sourceFingerprint()))
                .write("courses/intro/course.ja.yaml", "title: はじめに\nsummary: 誰もがここから始めます。\nsource: "
                        + io.partneracademy.catalog.SourceFingerprint.of(intro) + "\n");
        importer.importTree(content.root(), null);
        Browser learner = signedIn(fixtures.user("Mio Cards", Role.LEARNER), "ja");
        learner.get("/courses/intro/lessons/welcome");
        learner.post("/courses/intro/lessons/welcome/complete", Map.of());

        Document labs = learner.get("/labs").html();
        Document path = learner.get("/paths/basics").html();
        Document home = learner.get("/").html();

        assertThat(labs.select("li.lab-card a.title:not([lang])").eachText()).containsExactly("順番どおりのトラック");
        assertThat(labs.select("li.lab-card:has(a.title:not([lang])) p.muted").first().text()).isEqualTo("順番に進めます。");
        assertThat(labs.select("li.lab-card a.title[lang=en]").eachText()).containsExactly("Practice Track");
        assertThat(labs.select("li.lab-card:has(a.title[lang=en]) p.muted.small").attr("lang")).isEmpty();
        assertThat(path.select("li.lab-card a.title").eachText()).contains("順番どおりのトラック", "Practice Track");
        assertThat(path.text()).contains("はじめに").doesNotContain("Introduction");
        assertThat(home.select("#home-path a[href='/paths/basics']").text()).isEqualTo("基礎パス");
        assertThat(home.select("#home-continue").text()).contains("はじめに").doesNotContain("Introduction");
    }

    @Test
    void whenTheTrackChangesItsJapaneseTranslationIsShownMarkedOutdated() {
        ContentFixture content = LabContent.create();
        content.write("labs/ordered.ja.yaml", ORDERED_JA.formatted(ordered(content).sourceFingerprint()));
        content.replace("labs/ordered.yaml", "instructions: Second.", "instructions: Second, now with more detail.");
        importer.importTree(content.root(), null);
        Browser learner = signedIn(fixtures.user("Sora Outdated", Role.LEARNER), "ja");

        Document track = learner.get("/labs/ordered").html();

        assertThat(track.select("h1").text()).isEqualTo("順番どおりのトラック");
        assertThat(track.select("#content-outdated").text())
                .isEqualTo("原文（英語）はこの翻訳の作成後に更新されています。一部の内容が古い可能性があります。");
    }

    private static io.partneracademy.catalog.PathSpec pathSpec(ContentFixture content) {
        return io.partneracademy.authoring.ContentTree.read(content.root()).paths().stream()
                .filter(p -> p.id().equals("basics")).findFirst().orElseThrow();
    }

    private static io.partneracademy.labs.LabTrackSpec ordered(ContentFixture content) {
        return io.partneracademy.authoring.ContentTree.read(content.root()).labs().stream()
                .filter(l -> l.id().equals("ordered")).findFirst().orElseThrow();
    }

    private Browser signedIn(UserSummary user, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
