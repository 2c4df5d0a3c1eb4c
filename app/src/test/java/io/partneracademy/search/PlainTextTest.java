package io.partneracademy.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippet text without Markdown, link targets, table pipes or the title repeated. */
class PlainTextTest {

    @Test
    void markdownRenderedToTextLosesLinkTargetsAndTablePipes() {
        String text = """
                Tier Benefits
                See the benefits (program-tier-benefits.md) and [the guide](deal-registration-guide.md).
                | Metric| Platinum| Gold|
                |---|---|---|
                | Revenue share| 10%| 15%|
                ## Rules
                - **Register early** and keep `stage` current.""";

        String plain = PlainText.of("Tier Benefits", text);

        assertThat(plain).doesNotContain("|", ".md", "](", "**", "`", "##", "---");
        assertThat(plain).contains("See the benefits and the guide.", "Revenue share, 10%, 15%",
                "Register early and keep stage current.");
        assertThat(plain).doesNotStartWith("Tier Benefits");
    }

    @Test
    void htmlTextThatRepeatsItsTitleShowsItNoMore() {
        String text = "Battle Card: Mesh OS vs. Point Solutions Battle Card: Mesh OS vs. Point Solutions Point solutions automate one department.";

        assertThat(PlainText.of("Battle Card: Mesh OS vs. Point Solutions", text))
                .isEqualTo("Point solutions automate one department.");
    }
}
