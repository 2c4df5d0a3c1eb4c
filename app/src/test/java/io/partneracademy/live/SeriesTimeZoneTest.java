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
                "Thursday, March 4, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, March 11, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, March 18, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, March 25, 2027, 10:00 AM–11:00 AM Europe/Berlin",
                "Thursday, April 1, 2027, 10:00 AM–11:00 AM Europe/Berlin");
        assertThat(series).extracting(s -> times.span(s, ZoneId.of("America/New_York"), java.util.Locale.ENGLISH)).containsExactly(
                "Thursday, March 4, 2027, 4:00 AM–5:00 AM America/New_York",
                "Thursday, March 11, 2027, 4:00 AM–5:00 AM America/New_York",
                "Thursday, March 18, 2027, 5:00 AM–6:00 AM America/New_York",
                "Thursday, March 25, 2027, 5:00 AM–6:00 AM America/New_York",
                "Thursday, April 1, 2027, 4:00 AM–5:00 AM America/New_York");
        assertThat(series).extracting(s -> times.span(s, ZoneId.of("Asia/Tokyo"), java.util.Locale.ENGLISH)).containsExactly(
                "Thursday, March 4, 2027, 6:00 PM–7:00 PM Asia/Tokyo",
                "Thursday, March 11, 2027, 6:00 PM–7:00 PM Asia/Tokyo",
                "Thursday, March 18, 2027, 6:00 PM–7:00 PM Asia/Tokyo",
                "Thursday, March 25, 2027, 6:00 PM–7:00 PM Asia/Tokyo",
                "Thursday, April 1, 2027, 5:00 PM–6:00 PM Asia/Tokyo");
        assertThat(series).extracting(s -> s.startsAt().toString()).containsExactly("2027-03-04T09:00:00Z",
                "2027-03-11T09:00:00Z", "2027-03-18T09:00:00Z", "2027-03-25T09:00:00Z", "2027-04-01T08:00:00Z");
    }
}
