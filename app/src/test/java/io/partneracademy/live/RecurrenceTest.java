package io.partneracademy.live;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Local start times of monthly and weekly series, checked against a calendar by hand. */
class RecurrenceTest {

    @Test
    void firstTuesdayOfEachMonthKeepsItsWeekdayAndTime() {
        assertThat(Recurrence.MONTHLY_WEEKDAY.starts(LocalDateTime.parse("2027-01-05T17:00"), 5)).extracting(
                LocalDateTime::toString).containsExactly("2027-01-05T17:00", "2027-02-02T17:00", "2027-03-02T17:00",
                "2027-04-06T17:00", "2027-05-04T17:00");
    }

    @Test
    void aFifthWeekdayMeansTheLastOneOfEachMonth() {
        // Friday 2027-01-29 is January's fifth Friday; February 2027 has four (the last is the 26th).
        assertThat(Recurrence.MONTHLY_WEEKDAY.starts(LocalDateTime.parse("2027-01-29T09:00"), 3)).extracting(
                LocalDateTime::toString).containsExactly("2027-01-29T09:00", "2027-02-26T09:00", "2027-03-26T09:00");
    }

    @Test
    void dayThirtyOneSkipsMonthsWithoutIt() {
        assertThat(Recurrence.MONTHLY_DAY.starts(LocalDateTime.parse("2027-01-31T10:00"), 4)).extracting(
                LocalDateTime::toString).containsExactly("2027-01-31T10:00", "2027-03-31T10:00", "2027-05-31T10:00",
                "2027-07-31T10:00");
    }

    @Test
    void aMonthlyBerlinWebinarStaysAtFiveInBerlinAndMovesInNewYorkAcrossDaylightSaving() {
        // New York switches to summer time on 2027-03-14, Berlin on 2027-03-28: on 20 March they are 5 hours apart.
        var starts = Recurrence.MONTHLY_DAY.starts(LocalDateTime.parse("2027-02-20T17:00"), 3).stream()
                .map(s -> s.atZone(ZoneId.of("Europe/Berlin")).withZoneSameInstant(ZoneId.of("America/New_York"))
                        .toLocalDateTime().toString()).toList();

        assertThat(starts).containsExactly("2027-02-20T11:00", "2027-03-20T12:00", "2027-04-20T11:00");
    }

    @Test
    void onceIsOneSessionWhateverTheCount() {
        assertThat(Recurrence.NONE.starts(LocalDateTime.parse("2027-01-05T17:00"), 6)).hasSize(1);
    }
}
