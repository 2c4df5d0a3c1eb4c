package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of a month calendar: which month an address asks for, and the whole weeks that cover it. */
final class MonthGrid {

    /** The first and last months the calendar shows; the links stop there. */
    static final YearMonth FIRST = YearMonth.of(2000, 1);
    static final YearMonth LAST = YearMonth.of(2099, 12);
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** How much of a refused value the error page repeats. */
    private static final int ECHO = 24;

    private MonthGrid() {
    }

    /**
     * The month in {@code ?month=2026-12}; {@code current} when none is given; a value that is not a month, or one
     * outside {@link #FIRST}..{@link #LAST}, is refused with what was given and how to write it.
     */
    static YearMonth month(@Nullable String requested, YearMonth current) {
        if (requested == null || requested.isBlank()) {
            return current;
        }
        String value = requested.strip();
        String echo = value.length() > ECHO ? value.substring(0, ECHO) + "…" : value;
        YearMonth month;
        try {
            if (!YEAR_MONTH.matcher(value).matches()) {
                throw MonthRejectedException.notAMonth(echo, current.toString());
            }
            month = YearMonth.parse(value);
        } catch (DateTimeException notAMonth) {
            throw MonthRejectedException.notAMonth(echo, current.toString());
        }
        if (month.isBefore(FIRST) || month.isAfter(LAST)) {
            throw MonthRejectedException.outOfRange(echo, FIRST.toString(), LAST.toString());
        }
        return month;
    }

    /**
     * The day weeks start on for readers of this language, as the Unicode CLDR week data has it for the language's
     * main country: Sunday for English (United States) and Japanese, Monday for German and French.
     */
    static DayOfWeek firstDayOfWeek(Locale language) {
        String country = switch (language.getLanguage()) {
            case "de" -> "DE";
            case "fr" -> "FR";
            case "ja" -> "JP";
            default -> "US";
        };
        return WeekFields.of(new Locale(language.getLanguage(), country)).getFirstDayOfWeek();
    }

    /** The whole weeks from the one holding the 1st to the one holding the last day, seven days each. */
    static List<List<LocalDate>> weeks(YearMonth month, DayOfWeek firstDay) {
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDay));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDay.minus(1)));
        List<List<LocalDate>> weeks = new ArrayList<>();
        while (!day.isAfter(last)) {
            List<LocalDate> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                week.add(day);
                day = day.plusDays(1);
            }
            weeks.add(List.copyOf(week));
        }
        return List.copyOf(weeks);
    }
}
