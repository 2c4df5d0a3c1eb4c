package io.partneracademy.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void aTableCanBeReachedByKeyboardToScrollIt() {
        assertThat(renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n")).startsWith("<table tabindex=\"0\">");
    }

    @Test
    void headingsGetAnchorsAndCodeKeepsItsLanguage() {
        String html = renderer.render("# Policy model\n\n```yaml\nallow: true\n```\n");

        assertThat(html).contains("<h1 id=\"policy-model\">Policy model</h1>")
                .contains("<code class=\"language-yaml\">allow: true");
    }

    @Test
    void relativeLinksPointAtLessonsAndAttachments() {
        String html = renderer.render("[next](after-you-submit.md#form) ![f](images/flow.png)",
                new MarkdownRenderer.Links("/courses/deal-registration/lessons/", "/courses/deal-registration/assets/"));

        assertThat(html).contains("href=\"/courses/deal-registration/lessons/after-you-submit#form\"")
                .contains("src=\"/courses/deal-registration/assets/images/flow.png\"");
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsDoNotSurvive() {
        String html = renderer.render("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n"
                + "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">y</a>");

        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("[onclick]")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void relativeLinksStayAsWrittenWhenTheTextHasNoPages() {
        String html = renderer.render("[next](after-you-submit.md#form) ![f](images/flow.png)");

        assertThat(html).contains("href=\"after-you-submit.md#form\"").contains("src=\"images/flow.png\"");
    }
}
