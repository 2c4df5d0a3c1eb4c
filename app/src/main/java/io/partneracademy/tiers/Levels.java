package io.partneracademy.tiers;

/** Certification levels as numbers, so "highest level" is a comparison. */
final class Levels {

    static final int FOUNDATION = 1;
    static final int PRACTITIONER = 2;
    static final int ARCHITECT = 3;

    private Levels() {
    }

    static int rank(String level) {
        return switch (level) {
            case "ARCHITECT" -> ARCHITECT;
            case "PRACTITIONER" -> PRACTITIONER;
            default -> FOUNDATION;
        };
    }
}
