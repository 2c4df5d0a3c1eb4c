package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.PersonalSettings;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The learner's month calendar: the sessions they may attend (the list's rules, {@link LearnerSessions}) on the day
 * each starts in the learner's time zone, so an evening session in Berlin is on the next day for a reader in Tokyo.
 * The zone is the profile's; a learner who chose none sees UTC, as every other page shows them.
 */
@Singleton
class LearnerMonth {

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

    private final LearnerSessions learner;
    private final SessionTimes times;
    private final Clock clock;

    LearnerMonth(LearnerSessions learner, SessionTimes times, Clock clock) {
        this.learner = learner;
        this.times = times;
        this.clock = clock;
    }

    /** The month asked for ({@code null}: this month) in the reader's language; 400 for a month it cannot show. */
    MonthViews.Page month(CurrentUser user, @Nullable String requested, Locale locale) {
        Optional<ZoneId> chosen = times.profileZone(user.id());
        ZoneId zone = chosen.orElse(PersonalSettings.DEFAULT_ZONE);
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        YearMonth current = YearMonth.from(today);
        YearMonth month = MonthGrid.month(requested, current);
        Map<LocalDate, List<MonthViews.Entry>> byDay = entries(user, month, zone, locale, now);
        DayOfWeek firstDay = MonthGrid.firstDayOfWeek(locale);
        DateTimeFormatter dayLabel = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        List<MonthViews.Week> weeks = MonthGrid.weeks(month, firstDay).stream()
                .map(days -> new MonthViews.Week(days.stream().map(d -> new MonthViews.Day(d.toString(),
                        d.getDayOfMonth(), dayLabel.format(d), YearMonth.from(d).equals(month), d.equals(today),
                        YearMonth.from(d).equals(month) ? byDay.getOrDefault(d, List.of()) : List.of())).toList()))
                .toList();
        List<MonthViews.Weekday> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = firstDay.plus(i);
            weekdays.add(new MonthViews.Weekday(day.getDisplayName(TextStyle.SHORT, locale),
                    day.getDisplayName(TextStyle.FULL, locale)));
        }
        int count = byDay.values().stream().mapToInt(List::size).sum();
        return new MonthViews.Page(label(month, locale), zone.getId(), chosen.isPresent(), List.copyOf(weekdays), weeks,
                count, month.equals(MonthGrid.FIRST) ? null : label(month.minusMonths(1), locale),
                month.equals(MonthGrid.LAST) ? null : label(month.plusMonths(1), locale),
                month.equals(current) ? null : label(current, locale));
    }

    /** The month's sessions by the day they start on in the zone, earliest first. */
    private Map<LocalDate, List<MonthViews.Entry>> entries(CurrentUser user, YearMonth month, ZoneId zone,
                                                           Locale locale, Instant now) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, List<MonthViews.Entry>> byDay = new TreeMap<>();
        for (LearnerSessions.Seen seen : learner.startingBetween(user, from, to)) {
            LiveSession s = seen.session();
            ZonedDateTime start = s.startsAt().atZone(zone);
            byDay.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(new MonthViews.Entry(s.id(),
                    s.title(), time.format(start), OFFSET_TIME.format(start), seen.status(), seen.placeInLine(),
                    s.cancelled(), !s.endsAt().isAfter(now)));
        }
        return byDay;
    }

    private static MonthViews.Month label(YearMonth month, Locale locale) {
        return new MonthViews.Month(month.toString(), month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale),
                String.valueOf(month.getYear()));
    }
}
