package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.support.DatabaseTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekly series planned at 10:00 in Berlin across March 2027, when New York (14 March) and Berlin (28 March)
 * switch to summer time on different Sundays and Tokyo does not switch at all.
 */
@MicronautTest(transactional = false)
class SeriesTimeZoneTest extends DatabaseTest {

    @Inject
    LiveSessions sessions;
    @Inject
    LiveSessionRepository rows;
    @Inject
    SessionTimes times;
    @Inject
    LiveFixture live;

    @Test
    void aBerlinSeriesKeepsTenOClockInBerlinAndMovesInNewYorkAndTokyoAcrossDaylightSaving() {
        long first = sessions.create(live.author(), new SessionForm("Office hours", "Weekly questions", null, null,
                "2027-03-04T10:00", "2027-03-04T11:00", "Europe/Berlin", 40, null, List.<PartnerType>of(), "", "",
                "https://meet.example.com/office-hours", "", "", 5));

        List<LiveSession> series = rows.findAllNewestFirst().stream()
                .filter(s -> s.seriesId() != null && s.seriesId().equals(rows.findById(first).orElseThrow().seriesId()))
                .sorted(java.util.Comparator.comparing(LiveSession::startsAt)).toList();

        assertThat(series).extracting(s -> times.span(s, ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH)).containsExactly(
                "Thu 2027-03-04 10:00–11:00 Europe/Berlin",
                "Thu 2027-03-11 10:00–11:00 Europe/Berlin",
                "Thu 2027-03-18 10:00–11:00 Europe/Berlin",
                "Thu 2027-03-25 10:00–11:00 Europe/Berlin",
                "Thu 2027-04-01 10:00–11:00 Europe/Berlin");
        assertThat(series).extracting(s -> times.span(s, ZoneId.of("America/New_York"), java.util.Locale.ENGLISH)).containsExactly(
                "Thu 2027-03-04 04:00–05:00 America/New_York",
                "Thu 2027-03-11 04:00–05:00 America/New_York",
                "Thu 2027-03-18 05:00–06:00 America/New_York",
                "Thu 2027-03-25 05:00–06:00 America/New_York",
                "Thu 2027-04-01 04:00–05:00 America/New_York");
        assertThat(series).extracting(s -> times.span(s, ZoneId.of("Asia/Tokyo"), java.util.Locale.ENGLISH)).containsExactly(
                "Thu 2027-03-04 18:00–19:00 Asia/Tokyo",
                "Thu 2027-03-11 18:00–19:00 Asia/Tokyo",
                "Thu 2027-03-18 18:00–19:00 Asia/Tokyo",
                "Thu 2027-03-25 18:00–19:00 Asia/Tokyo",
                "Thu 2027-04-01 17:00–18:00 Asia/Tokyo");
        assertThat(series).extracting(s -> s.startsAt().toString()).containsExactly("2027-03-04T09:00:00Z",
                "2027-03-11T09:00:00Z", "2027-03-18T09:00:00Z", "2027-03-25T09:00:00Z", "2027-04-01T08:00:00Z");
    }
}
