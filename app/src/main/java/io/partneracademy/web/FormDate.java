package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads every {@link LocalDate} the server is sent: an ISO date, or nothing when the value is empty. A browser posts a
 * date input left empty as {@code name=}, which Micronaut 4's own reader refuses with a bare 400 before the controller
 * runs (micronaut-core #11213, fixed in 5), so an optional date (a partner's agreement date) could not be left empty
 * and a required one (an employment move's start) was not reported at its field. Being a bean, it replaces the
 * default reader for forms and JSON alike; JSON clients may send {@code ""} for "no date" as well as {@code null}.
 */
@Singleton
public class FormDate implements Deserializer<LocalDate> {

    @Override
    public @Nullable LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type)
            throws IOException {
        return deserializeNullable(decoder, context, type);
    }

    @Override
    public @Nullable LocalDate deserializeNullable(Decoder decoder, DecoderContext context,
                                                   Argument<? super LocalDate> type) throws IOException {
        String text = decoder.decodeStringNullable();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw decoder.createDeserializationException("Enter the date as YYYY-MM-DD, not '" + text + "'.", text);
        }
    }

    @Override
    public boolean allowNull() {
        return true;
    }
}
