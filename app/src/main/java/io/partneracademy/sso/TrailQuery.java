package io.partneracademy.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trail page's query as typed: company ({@code partner}), {@code outcome}, {@code from} and {@code to} (ISO
 * dates) and the line to continue below ({@code before}). A value that cannot be read reads as null (the controller
 * refuses it at its field before anything is read).
 */
record TrailQuery(String partner, String outcome, String from, String to, String before) {

    static TrailQuery of(HttpRequest<?> request) {
        var p = request.getParameters();
        return new TrailQuery(value(p.get("partner")), value(p.get("outcome")), value(p.get("from")),
                value(p.get("to")), value(p.get("before")));
    }

    private static String value(@Nullable String raw) {
        return raw == null ? "" : raw.strip();
    }

    @Nullable
    Long partnerId() {
        return number(partner);
    }

    SsoTrail.Outcome outcomeValue() {
        SsoTrail.Outcome value = outcomeOrNull();
        return value == null ? SsoTrail.Outcome.ALL : value;
    }

    @Nullable
    LocalDate fromDate() {
        return date(from);
    }

    @Nullable
    LocalDate toDate() {
        return date(to);
    }

    @Nullable
    Long cursor() {
        return number(before);
    }

    /** The filter as a query string ({@code ?partner=...}), empty when nothing is filtered. */
    String filterQuery() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("partner", partner);
        values.put("outcome", outcome);
        values.put("from", from);
        values.put("to", to);
        String query = values.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The filter's query string continuing below line {@code older}. */
    String olderQuery(long older) {
        String filter = filterQuery();
        return (filter.isEmpty() ? "?" : filter + "&") + "before=" + older;
    }

    /** The outcome asked for; null when the value names none. */
    @Nullable
    SsoTrail.Outcome outcomeOrNull() {
        if (outcome.isEmpty()) {
            return SsoTrail.Outcome.ALL;
        }
        try {
            return SsoTrail.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    private static Long number(String text) {
        try {
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
