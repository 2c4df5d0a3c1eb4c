package io.partneracademy.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message about the whole form (a refused upload, webhook or quiz answer) writes its values in the reader's language
 * exactly as a field's message does: dates and numbers as the reader writes them, text as typed, null as nothing.
 */
class FieldErrorsTest {

    private static final Formats GERMAN = Formats.of(Locale.GERMAN, ZoneId.of("Europe/Berlin"));

    @Test
    void aWholeFormMessageWritesItsValuesLikeAFieldMessage() {
        Object[] values = {LocalDate.of(2026, 12, 31), 1234, "setup.exe", null};
        FieldErrors errors = new FieldErrors().add("file", "field.key", values).alert("alert.key", values);

        Object[] field = errors.asMap().get("file").get(0).args(GERMAN);
        Object[] alert = errors.alert().args(GERMAN);

        assertThat(alert).containsExactly("31.12.2026", "1.234", "setup.exe", "");
        assertThat(alert).containsExactly(field);
        assertThat(errors.alert().key()).isEqualTo("alert.key");
    }
}
