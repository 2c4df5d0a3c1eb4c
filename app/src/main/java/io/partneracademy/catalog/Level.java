package io.partneracademy.catalog;

/**
 * Certification levels, in the order a person climbs them, and {@link #SPECIALIZATION}: a track beside the levels
 * (an industry such as Healthcare) that needs a level as its prerequisite but is not itself a rung of the ladder.
 */
public enum Level {
    FOUNDATION,
    PRACTITIONER,
    ARCHITECT,
    SPECIALIZATION;

    /** True for the three rungs; false for a specialization, which tier counts of levels leave out. */
    public boolean isRung() {
        return this != SPECIALIZATION;
    }
}
