package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the learner pages show. */
final class LiveViews {

    private LiveViews() {
    }

    /**
     * The language live series are written in: they have no translations and name no language of their own, and the
     * team writes them in English; pages mark their titles and descriptions with it where the reader's is another.
     */
    static final String WRITTEN_IN = "en";

    /**
     * One session in a list.
     *
     * @param when        start and end in the viewer's zone, with the zone's name
     * @param status      the viewer's registration, or null
     * @param placeInLine the viewer's place on the waitlist (1 = next), or 0
     */
    record Card(long id, String title, String when, @Nullable io.partneracademy.web.ContentText courseTitle, int seatsLeft, int capacity,
                @Nullable RegistrationStatus status, int placeInLine, boolean cancelled, boolean ended) {

        /** The language the series' title and description are written in ({@link #WRITTEN_IN}). */
        public String language() {
            return WRITTEN_IN;
        }

        public boolean registered() {
            return status == RegistrationStatus.REGISTERED;
        }

        public boolean waitlisted() {
            return status == RegistrationStatus.WAITLISTED;
        }
    }

    /** The learner's list: what is coming up, and past sessions that have a recording. */
    record ListPage(@Nullable String zone, List<Card> upcoming, List<Card> recorded, String feedUrl) {
    }

    /**
     * One session's page.
     *
     * @param joinUrl       the meeting link, only for people with a seat from shortly before the start to the end
     * @param joinOpens     when the link appears (for people with a seat, before it does)
     * @param plannedIn     the session's own time and zone, when the viewer sees it in another zone
     */
    record Page(Card card, String description, @Nullable String joinUrl, @Nullable String joinOpens,
                @Nullable String plannedIn, @Nullable String recordingUrl, List<String> materials, boolean mayRegister,
                boolean mayCancel, boolean mayManage, List<FileLink> files) {
    }

    /** An uploaded file of a session, as a link with its size ("2.4 MB"). */
    record FileLink(long id, String name, String url, String size, boolean recording) {
    }
}
