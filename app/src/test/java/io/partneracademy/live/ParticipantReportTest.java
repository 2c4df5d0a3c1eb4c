package io.partneracademy.live;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participant reports in the shapes Zoom and Teams export them. The column names follow the vendors' documented
 * exports (Zoom: "Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes), Guest" below a
 * meeting summary; Teams: tab-separated UTF-16 with "Name, First Join, Last Leave, In-Meeting Duration, Email");
 * the rows are made up for these tests.
 */
class ParticipantReportTest {

    @Test
    void aZoomReportBelowItsMeetingSummaryAddsUpRejoinsByEmail() {
        String zoom = """
                Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
                812 3456 7890,Live sales training,12/06/2026 10:00:00 AM,12/06/2026 12:00:00 PM,host@example.com,120,3

                Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
                Ana Souza,ana@example.com,12/06/2026 10:01:12 AM,12/06/2026 11:02:40 AM,62,No
                Ana Souza,ANA@example.com,12/06/2026 11:05:02 AM,12/06/2026 11:58:10 AM,54,No
                Ben Brief,ben@example.com,12/06/2026 10:30:00 AM,12/06/2026 10:40:00 AM,10,No
                """;

        ParticipantReport.Result result = ParticipantReport.read(zoom.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.minutes()).containsOnlyKeys("ana@example.com", "ben@example.com");
        assertThat(result.minutes().get("ana@example.com").minutes()).isEqualTo(116);
        assertThat(result.minutes().get("ana@example.com").line()).isEqualTo(5);
        assertThat(result.minutes().get("ben@example.com").minutes()).isEqualTo(10);
    }

    @Test
    void aTeamsReportInUtf16WithTabsAndHourMinuteDurationsIsRead() {
        String teams = "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\r\n"
                + "Chen Wei\t12/6/26, 10:00:05 AM\t12/6/26, 11:45:00 AM\t1h 44m 55s\tchen@example.com\tchen@example.com\tAttendee\r\n"
                + "Zoë Müller\t12/6/26, 10:20:00 AM\t12/6/26, 10:45:00 AM\t25m 0s\tzoe@example.com\tzoe@example.com\tAttendee\r\n";
        byte[] utf16 = ("\uFEFF" + teams).getBytes(StandardCharsets.UTF_16LE);

        ParticipantReport.Result result = ParticipantReport.read(utf16);

        assertThat(result.problems()).isEmpty();
        assertThat(result.minutes().get("chen@example.com").minutes()).isEqualTo(104);
        assertThat(result.minutes().get("zoe@example.com").minutes()).isEqualTo(25);
        assertThat(result.minutes().get("zoe@example.com").name()).isEqualTo("Zoë Müller");
    }

    @Test
    void everyBadLineIsNamedAndGoodLinesStillCount() {
        String bad = """
                Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)
                Guest Without Mail,,10:00,10:30,30
                Typo,not-an-email,10:00,10:30,30
                Slow,slow@example.com,10:00,10:30,half an hour
                Short,short@example.com
                Good,good@example.com,10:00,11:00,60
                """;

        ParticipantReport.Result result = ParticipantReport.read(bad.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "2: no email for 'Guest Without Mail': attendance is matched by email only",
                "3: 'not-an-email' is not an email address",
                "4: duration 'half an hour' is neither minutes (45) nor a time like 1h 5m 30s",
                "5: expected 5 columns, found 2");
        assertThat(result.minutes()).containsOnlyKeys("good@example.com");
    }

    @Test
    void aFileInAnotherEncodingOrWithUnknownColumnsIsRefusedWithItsLine() {
        byte[] latin1 = "Name,User Email,Duration (Minutes)\nJosé,jose@example.com,45\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unknown = "Who,Mail,Time\nAna,ana@example.com,45\n".getBytes(StandardCharsets.UTF_8);

        ParticipantReport.Result wrongEncoding = ParticipantReport.read(latin1);
        ParticipantReport.Result wrongColumns = ParticipantReport.read(unknown);

        assertThat(wrongEncoding.problems()).extracting(ParticipantReport.Problem::line).containsExactly(2);
        assertThat(wrongEncoding.problems().get(0).message()).startsWith("the file is not UTF-8 or UTF-16 text");
        assertThat(wrongColumns.problems()).extracting(ParticipantReport.Problem::line).containsExactly(1);
        assertThat(wrongColumns.problems().get(0).message()).startsWith("no header with a name column");
        assertThat(wrongEncoding.minutes()).isEmpty();
        assertThat(wrongColumns.minutes()).isEmpty();
    }
}
