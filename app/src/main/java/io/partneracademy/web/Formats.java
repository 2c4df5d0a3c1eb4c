package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times, numbers and money as one person reads them: in their language's conventions and their time zone.
 * Every page gets one as {@code fmt} ({@code ${fmt.dateTime(attempt.startedAt)}}); mail and PDFs make their own
 * with {@link #of(Locale, ZoneId)}. A moment always carries its zone's abbreviation, so "09:30" is never ambiguous.
 */
public final class Formats {

    // Private-use characters around an argument's index: no message and no content text contains them.
    private static final char SLOT_START = '\uE000';
    private static final char SLOT_END = '\uE001';
    private static final Pattern SLOT = Pattern.compile(SLOT_START + "(\\d{1,3})" + SLOT_END);

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter zoneName;

    private Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.zoneName = DateTimeFormatter.ofPattern("zzz", locale);
    }

    /** Formats for this language and zone. */
    public static Formats of(Locale locale, ZoneId zone) {
        return new Formats(locale, zone);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Date and time of a moment in the zone, with the zone's abbreviation: "6. Dez. 2026, 10:30 MEZ". */
    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return dateTime.format(local) + " " + zoneName.format(local);
    }

    /** Time of day of a moment in the zone, with the zone's abbreviation: "10:30 MEZ". */
    public String time(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return time.format(local) + " " + zoneName.format(local);
    }

    /**
     * A calendar date: a {@link LocalDate} as it is, a moment ({@link Instant}) as the date it is in the zone, an
     * ISO-8601 date string ("2026-12-06", as view models that also serve JSON carry dates) as that date; empty for
     * null.
     */
    public String date(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String iso) {
            return date.format(LocalDate.parse(iso));
        }
        if (value instanceof Instant instant) {
            return date.format(instant.atZone(zone));
        }
        if (value instanceof LocalDate day) {
            return date.format(day);
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }

    /** A number with the language's grouping and decimal separators: 1,234.5 / 1.234,5 / 1 234,5. */
    public String number(@Nullable Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    /** A share given in percent (80.5 means 80.5 %), written the language's way: "80.5%", "80,5 %". */
    public String percent(@Nullable Number percent) {
        if (percent == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(new BigDecimal(percent.toString()).movePointLeft(2));
    }

    /** An amount of money in an ISO 4217 currency: "$1,200.00", "1.200,00 €", "￥1,200". */
    public String money(@Nullable BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(currencyCode);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    /**
     * A value put into a message, written for this reader: a date or moment as {@link #date}/{@link #dateTime}, a
     * number as {@link #number}; text (a title, the value someone typed) as it is, and nothing for null.
     */
    public String argument(@Nullable Object value) {
        if (value instanceof ContentText text) {
            return text.text();
        }
        if (value instanceof LocalDate day) {
            return date(day);
        }
        if (value instanceof Instant instant) {
            return dateTime(instant);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return plain(value);
    }

    /**
     * The {@code lang} attribute for content written in {@code language} on this reader's page: the language where it
     * differs from the page's, else null so that Thymeleaf writes no attribute. The one rule for marking content that
     * is not in the reader's language (a fallback to the source, a French resource on an English page).
     */
    @Nullable
    public String lang(@Nullable String language) {
        if (language == null || language.isBlank()
                || Locale.forLanguageTag(language).getLanguage().equals(locale.getLanguage())) {
            return null;
        }
        return language;
    }

    /**
     * The arguments of a message for {@code _text :: message}: {@link ContentText} in another language than the page's
     * replaced by a slot that {@link #marked} finds again, everything else written as {@link #argument} writes it.
     */
    public Object[] slots(List<?> arguments) {
        Object[] slots = new Object[arguments.size()];
        for (int i = 0; i < slots.length; i++) {
            Object a = arguments.get(i);
            slots[i] = a instanceof ContentText t && lang(t.language()) != null ? "" + SLOT_START + i + SLOT_END : argument(a);
        }
        return slots;
    }

    /**
     * A message formatted with {@link #slots} cut into its own words (language null) and the marked arguments (their
     * language), for a template to write each in turn with its {@code lang}.
     */
    public List<ContentText> marked(String formatted, List<?> arguments) {
        List<ContentText> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(formatted);
        int at = 0;
        while (slot.find()) {
            int index = Integer.parseInt(slot.group(1));
            if (index >= arguments.size() || !(arguments.get(index) instanceof ContentText argument)) {
                continue;
            }
            if (slot.start() > at) {
                parts.add(new ContentText(formatted.substring(at, slot.start()), null));
            }
            parts.add(argument);
            at = slot.end();
        }
        if (at < formatted.length()) {
            parts.add(new ContentText(formatted.substring(at), null));
        }
        return parts;
    }

    /** A value put into a message where no reader is known (a JSON problem body): ISO dates, plain numbers. */
    public static String plain(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** The zone's id as people pick it ("Europe/Berlin"), for a note such as "times in Europe/Berlin". */
    public String zoneId() {
        return zone.getId();
    }
}
