package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545) text for sessions: CRLF line ends, content lines folded at 75 octets without splitting
 * a UTF-8 character, TEXT values escaped, times in UTC (so no VTIMEZONE is needed and every calendar agrees on the
 * instant). Invitations follow iTIP (RFC 5546): METHOD:REQUEST with the recipient as ATTENDEE, METHOD:CANCEL with
 * the same UID and a higher SEQUENCE; downloads and the calendar feed are METHOD:PUBLISH.
 */
final class Ics {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PRODID = "-//Partner Academy//Live sessions 1.0//EN";

    /** iTIP methods we send. */
    enum Method {
        PUBLISH, REQUEST, CANCEL
    }

    /** The person an invitation is for. */
    record Attendee(String name, String email) {
    }

    /** One event: a session as this calendar should show it. */
    record Event(String uid, int sequence, Instant start, Instant end, String summary, String description,
                 String url, boolean cancelled, @Nullable Attendee attendee) {
    }

    private final StringBuilder out = new StringBuilder();

    private Ics() {
    }

    /** A calendar with these events; the organizer is the academy's mail address. */
    static String calendar(Method method, String calendarName, String organizerEmail, Instant stamp,
                           List<Event> events) {
        Ics ics = new Ics();
        ics.line("BEGIN:VCALENDAR");
        ics.line("VERSION:2.0");
        ics.line("PRODID:" + PRODID);
        ics.line("CALSCALE:GREGORIAN");
        ics.line("METHOD:" + method.name());
        ics.line("X-WR-CALNAME:" + text(calendarName));
        for (Event e : events) {
            ics.event(method, organizerEmail, stamp, e);
        }
        ics.line("END:VCALENDAR");
        return ics.out.toString();
    }

    private void event(Method method, String organizerEmail, Instant stamp, Event e) {
        line("BEGIN:VEVENT");
        line("UID:" + text(e.uid()));
        line("DTSTAMP:" + UTC.format(stamp));
        line("SEQUENCE:" + e.sequence());
        line("DTSTART:" + UTC.format(e.start()));
        line("DTEND:" + UTC.format(e.end()));
        line("SUMMARY:" + text(e.summary()));
        line("DESCRIPTION:" + text(e.description()));
        line("URL:" + e.url());
        line("ORGANIZER;CN=Partner Academy:mailto:" + organizerEmail);
        if (e.attendee() != null) {
            line("ATTENDEE;CN=" + param(e.attendee().name()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT="
                    + (method == Method.CANCEL ? "DECLINED" : "ACCEPTED") + ";RSVP=FALSE:mailto:" + e.attendee().email());
        }
        line("STATUS:" + (e.cancelled() || method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
    }

    /** Appends one content line, folded: no line longer than 75 octets, continuation lines start with a space. */
    private void line(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int limit = 75;
        int start = 0;
        while (bytes.length - start > limit) {
            int cut = start + limit;
            while ((bytes[cut] & 0xC0) == 0x80) {
                cut--;
            }
            out.append(new String(bytes, start, cut - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = cut;
            limit = 74;
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value (RFC 5545 3.2): quoted, with the characters a quoted value cannot hold left out. */
    static String param(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }
}
