package io.partneracademy.assignments;

/**
 * Something that can be assigned, as the assign form lists it.
 *
 * @param minutes how long its lessons take, as authored; 0 when unknown (lab tracks)
 */
public record Work(WorkKind kind, String id, String title, int minutes) {

    /** The form value: {@code PATH:foundation}. */
    public String value() {
        return kind + ":" + id;
    }

    /** Where the learner starts this work. */
    public String link() {
        return link(kind, id);
    }

    static String link(WorkKind kind, String id) {
        return switch (kind) {
            case PATH -> "/paths/" + id;
            case COURSE -> "/courses/" + id;
            case LAB -> "/labs/" + id;
        };
    }
}
