package io.partneracademy.sso;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.csv.Csv;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole trail of single sign-on changes, not only its latest lines: filtered by company, outcome (changes of
 * settings or refused sign-ins) and dates, read a page at a time (newest written first, each page continuing below
 * the last line of the one before, so lines written meanwhile do not shift it), and exported as CSV through the
 * project's one CSV writer and its formula guard.
 */
@Singleton
class SsoTrail {

    /** Lines per page. */
    static final int PAGE = 50;
    /** The most lines one CSV holds; narrow the dates for more. */
    static final int CSV_MAX = 100_000;
    private static final int BATCH = 1_000;

    private final SsoSettingChangeRepository changes;
    private final Partners partners;
    private final MessageSource messages;

    SsoTrail(SsoSettingChangeRepository changes, Partners partners, MessageSource messages) {
        this.changes = changes;
        this.partners = partners;
        this.messages = messages;
    }

    /** Which lines: every line, the changes of settings, or the sign-ins refused. */
    enum Outcome {
        ALL, CHANGES, REFUSED;

        List<String> kinds() {
            return Arrays.stream(SsoSettingChange.Kind.values())
                    .filter(k -> this == ALL || (k == SsoSettingChange.Kind.SIGN_IN_REFUSED_NOT_EMPLOYED) == (this == REFUSED))
                    .map(Enum::name).toList();
        }
    }

    /** A filter: one company or all (null), the outcome, and the first and last day in the reader's time zone. */
    record Filter(@Nullable Long partnerId, Outcome outcome, @Nullable LocalDate from, @Nullable LocalDate to,
                  ZoneId zone) {

        @Nullable
        Instant start() {
            return from == null ? null : from.atStartOfDay(zone).toInstant();
        }

        @Nullable
        Instant end() {
            return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** A page of lines, and the line to continue below for the next (older) page, if there is one. */
    record Page(List<SsoAudit.Line> lines, @Nullable Long older) {
    }

    /** The page of lines older than line {@code before} (the newest page when null). */
    Page page(Filter filter, @Nullable Long before) {
        List<SsoSettingChange> found = changes.findPage(filter.partnerId(), filter.outcome().kinds(), filter.start(),
                filter.end(), before, PAGE + 1);
        boolean more = found.size() > PAGE;
        List<SsoSettingChange> shown = more ? found.subList(0, PAGE) : found;
        Map<Long, String> names = partnerNames();
        return new Page(shown.stream().map(c -> SsoAudit.line(c, names.getOrDefault(c.partnerId(), "?"))).toList(),
                more ? shown.get(shown.size() - 1).id() : null);
    }

    /**
     * Every line that passes the filter (at most {@link #CSV_MAX}) as CSV in the reader's language: the time in UTC
     * (ISO 8601), who, their email, the company and what changed, as the page words it.
     */
    String csv(Filter filter, Locale locale) {
        Map<Long, String> names = partnerNames();
        List<List<String>> rows = new ArrayList<>();
        Long before = null;
        while (rows.size() < CSV_MAX) {
            List<SsoSettingChange> batch = changes.findPage(filter.partnerId(), filter.outcome().kinds(),
                    filter.start(), filter.end(), before, Math.min(BATCH, CSV_MAX - rows.size()));
            for (SsoSettingChange c : batch) {
                rows.add(List.of(c.changedAt().toString(), c.actorName(), c.actorEmail(),
                        names.getOrDefault(c.partnerId(), "?"),
                        messages.getMessage(c.kind().messageKey(), locale, c.detail()).orElse(c.kind().name())));
            }
            if (batch.size() < BATCH) {
                break;
            }
            before = batch.get(batch.size() - 1).id();
        }
        return Csv.write(List.of(msg("sso.changes.csv.when", locale), msg("sso.changes.who", locale),
                msg("sso.changes.csv.email", locale), msg("sso.admin.company", locale), msg("sso.changes.what", locale)),
                rows);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, locale).orElse(key);
    }

    private Map<Long, String> partnerNames() {
        return partners.list().stream().collect(Collectors.toMap(Partner::id, Partner::name, (a, b) -> a));
    }
}
