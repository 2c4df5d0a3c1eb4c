package io.partneracademy.live;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How a series repeats, in the wall-clock time of its zone: every week, every month on the same day ("day 15") or
 * every month on the same weekday of the month ("first Tuesday", "last Friday"). Each occurrence is stored as its own
 * session with its own seats and calendar UID (see ADR 0023), so this only computes the local start times.
 */
public enum Recurrence {
    /** One session. */
    NONE,
    /** Same weekday and time every week. */
    WEEKLY,
    /** Same day of the month; a month without that day (the 31st in April) is skipped, as RFC 5545 does. */
    MONTHLY_DAY,
    /** Same weekday of the month as the first start: its 1st–4th, or the last one when the first start is a 5th. */
    MONTHLY_WEEKDAY;

    /** The local starts of {@code count} occurrences, the first being {@code first}. */
    List<LocalDateTime> starts(LocalDateTime first, int count) {
        List<LocalDateTime> starts = new ArrayList<>();
        starts.add(first);
        if (this == NONE) {
            return starts;
        }
        YearMonth month = YearMonth.from(first);
        for (int step = 1; starts.size() < count; step++) {
            switch (this) {
                case WEEKLY -> starts.add(first.plusWeeks(step));
                case MONTHLY_DAY -> {
                    YearMonth next = month.plusMonths(step);
                    if (next.isValidDay(first.getDayOfMonth())) {
                        starts.add(next.atDay(first.getDayOfMonth()).atTime(first.toLocalTime()));
                    }
                }
                default -> starts.add(weekdayOfMonth(first.toLocalDate(), month.plusMonths(step))
                        .atTime(first.toLocalTime()));
            }
        }
        return starts;
    }

    /** Which weekday of its month a date is: 1–4, or 5 for "the last" (a fifth weekday is always the last one). */
    static int ordinal(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    private static LocalDate weekdayOfMonth(LocalDate first, YearMonth month) {
        DayOfWeek day = first.getDayOfWeek();
        int ordinal = ordinal(first);
        return ordinal == 5 ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
