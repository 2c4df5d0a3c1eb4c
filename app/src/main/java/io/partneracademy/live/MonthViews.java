package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the learner's month calendar shows. */
final class MonthViews {

    private MonthViews() {
    }

    /**
     * One month of the sessions a learner may attend, in one time zone.
     *
     * @param month       the month shown, with its name for the caption
     * @param zone        the zone every time and day is in ("Asia/Tokyo"; "UTC" when the profile names none)
     * @param zoneChosen  whether that zone is the learner's own choice (else the page suggests making one)
     * @param weekdays    the column headers, starting on the language's first day of the week
     * @param weeks       the rows, whole weeks that cover the month
     * @param sessions    how many sessions the month holds
     * @param previous    the month before, or null at the first month that can be shown
     * @param next        the month after, or null at the last
     * @param current     the month of today, or null when it is the one shown
     */
    record Page(Month month, String zone, boolean zoneChosen, List<Weekday> weekdays, List<Week> weeks, int sessions,
                @Nullable Month previous, @Nullable Month next, @Nullable Month current) {
    }

    /** A month: "2026-12" for links, and its name and year in the reader's language for labels. */
    record Month(String iso, String name, String year) {
    }

    /** A column header: "Mon" shown, "Monday" for screen readers. */
    record Weekday(String shortName, String fullName) {
    }

    /** A row of seven days. */
    record Week(List<Day> days) {
    }

    /**
     * One day's cell.
     *
     * @param iso     "2026-12-07"
     * @param number  the day of the month, as shown in the cell
     * @param label   the whole date in the reader's language, shown when narrow screens turn the grid into a list
     * @param inMonth false for the days of the neighbouring months that complete the first and last weeks
     * @param today   whether it is today in the zone
     */
    record Day(String iso, int number, String label, boolean inMonth, boolean today, List<Entry> entries) {
    }

    /**
     * A session on its starting day.
     *
     * @param time        the start in the reader's language ("6:00 PM", "18:00")
     * @param datetime    the start with its offset, for the {@code time} element ("2027-03-18T05:00-04:00")
     * @param placeInLine the reader's place on the waitlist (1 = next), or 0
     */
    record Entry(long id, String title, String time, String datetime, @Nullable RegistrationStatus status,
                 int placeInLine, boolean cancelled, boolean ended) {

        /** The language the series' title is written in ({@link LiveViews#WRITTEN_IN}). */
        public String language() {
            return LiveViews.WRITTEN_IN;
        }

        public boolean registered() {
            return status == RegistrationStatus.REGISTERED;
        }

        public boolean waitlisted() {
            return status == RegistrationStatus.WAITLISTED;
        }
    }
}
