package io.partneracademy.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates, times, numbers and money as a person in Munich, Lyon, Osaka or Chicago reads them. */
class FormatsTest {

    private static final Instant MOMENT = Instant.parse("2026-12-06T09:30:00Z");
    private static final char NBSP = '\u00a0';
    private static final char NNBSP = '\u202f';

    @Test
    void aMomentIsShownInThePersonsZoneWithItsAbbreviation() {
        Formats munich = Formats.of(Locale.GERMAN, ZoneId.of("Europe/Berlin"));
        Formats osaka = Formats.of(Locale.JAPANESE, ZoneId.of("Asia/Tokyo"));
        Formats chicago = Formats.of(Locale.ENGLISH, ZoneId.of("America/Chicago"));
        Formats lyon = Formats.of(Locale.FRENCH, ZoneId.of("Europe/Paris"));

        assertThat(munich.dateTime(MOMENT)).isEqualTo("06.12.2026, 10:30 MEZ");
        assertThat(osaka.dateTime(MOMENT)).isEqualTo("2026/12/06 18:30 JST");
        assertThat(chicago.dateTime(MOMENT)).isEqualTo("Dec 6, 2026, 3:30 AM CST");
        assertThat(lyon.dateTime(MOMENT)).isEqualTo("6 déc. 2026 10:30 CET");
        assertThat(osaka.time(MOMENT)).isEqualTo("18:30 JST");
    }

    @Test
    void theDateOfAMomentIsTheDateInThePersonsZone() {
        Instant lateEveningInLondon = Instant.parse("2026-12-06T23:30:00Z");

        assertThat(Formats.of(Locale.JAPANESE, ZoneId.of("Asia/Tokyo")).date(lateEveningInLondon)).isEqualTo("2026/12/07");
        assertThat(Formats.of(Locale.GERMAN, ZoneId.of("UTC")).date(lateEveningInLondon)).isEqualTo("06.12.2026");
        assertThat(Formats.of(Locale.FRENCH, ZoneId.of("Asia/Tokyo")).date(LocalDate.of(2027, 3, 1)))
                .isEqualTo("1 mars 2027");
    }

    @Test
    void numbersPercentagesAndMoneyFollowTheLanguage() {
        BigDecimal amount = new BigDecimal("1234567.5");
        Formats de = Formats.of(Locale.GERMAN, ZoneId.of("UTC"));
        Formats fr = Formats.of(Locale.FRENCH, ZoneId.of("UTC"));
        Formats ja = Formats.of(Locale.JAPANESE, ZoneId.of("UTC"));
        Formats en = Formats.of(Locale.ENGLISH, ZoneId.of("UTC"));

        assertThat(de.number(amount)).isEqualTo("1.234.567,5");
        assertThat(fr.number(amount)).isEqualTo("1" + NNBSP + "234" + NNBSP + "567,5");
        assertThat(en.number(amount)).isEqualTo("1,234,567.5");
        assertThat(de.percent(new BigDecimal("80.5"))).isEqualTo("80,5" + NBSP + "%");
        assertThat(ja.percent(80)).isEqualTo("80%");
        assertThat(de.money(new BigDecimal("1200"), "EUR")).isEqualTo("1.200,00" + NBSP + "€");
        assertThat(en.money(new BigDecimal("1200"), "USD")).isEqualTo("$1,200.00");
        assertThat(ja.money(new BigDecimal("1200"), "JPY")).isEqualTo("￥1,200");
    }

    @Test
    void nothingToShowIsEmptyAndAWrongTypeSaysWhatItGot() {
        Formats en = Formats.of(Locale.ENGLISH, ZoneId.of("UTC"));

        assertThat(en.dateTime(null)).isEmpty();
        assertThat(en.date(null)).isEmpty();
        assertThat(en.number(null)).isEmpty();
        // View models that also serve JSON carry dates as ISO-8601 strings; those are dates too.
        assertThat(en.date("2026-12-06")).isEqualTo(en.date(java.time.LocalDate.of(2026, 12, 6)));
        assertThatThrownBy(() -> en.date(20261206L)).hasMessage("Not a date: java.lang.Long");
    }

    @Test
    void contentIsMarkedWithItsLanguageOnlyWhereThatIsNotThePagesOwn() {
        Formats japanese = Formats.of(Locale.JAPANESE, ZoneId.of("Asia/Tokyo"));

        assertThat(japanese.lang("en")).isEqualTo("en");
        assertThat(japanese.lang("ja")).isNull();
        assertThat(japanese.lang("ja-JP")).isNull();
        assertThat(japanese.lang(null)).isNull();
        assertThat(Formats.of(Locale.ENGLISH, ZoneId.of("UTC")).lang("fr")).isEqualTo("fr");
    }

    @Test
    void aMessageNamingContentInAnotherLanguageIsCutAroundItSoThePageCanMarkIt() {
        Formats japanese = Formats.of(Locale.JAPANESE, ZoneId.of("Asia/Tokyo"));
        ContentText english = new ContentText("Choose the deployment model", "en");
        ContentText translated = new ContentText("導入モデル", "ja");
        List<Object> arguments = List.of(english, 3, translated);

        Object[] slots = japanese.slots(arguments);
        String formatted = java.text.MessageFormat.format("先に「{0}」を完了してください（{1} 件、{2}）。", slots);

        assertThat(slots[1]).isEqualTo("3");
        assertThat(slots[2]).isEqualTo("導入モデル");
        assertThat(japanese.marked(formatted, arguments)).containsExactly(new ContentText("先に「", null), english,
                new ContentText("」を完了してください（3 件、導入モデル）。", null));
    }
}
