package io.partneracademy.exams;

import io.partneracademy.web.ConflictException;

import java.util.function.UnaryOperator;

/** The person holds the certification this exam leads to and its renewal window has not opened yet. */
public class AlreadyCertifiedException extends ConflictException {

    private final transient CertificationStanding.Held held;
    private final String pathId;

    public AlreadyCertifiedException(CertificationStanding.Held held, String pathId) {
        super("attempt.already-certified", held.title(), held.expiresOn(), held.renewalOpensOn());
        this.held = held;
        this.pathId = pathId;
    }

    /** The path whose certification is held (its title in the message is the stored, English one). */
    String pathId() {
        return pathId;
    }

    /**
     * The same refusal for a reader: the certification named by another title (the path's, in their language) and
     * the two days (ISO 8601 here) written by {@code day} (as their pages write dates).
     */
    AlreadyCertifiedException forReader(String title, UnaryOperator<String> day) {
        return new AlreadyCertifiedException(new CertificationStanding.Held(title, day.apply(held.expiresOn()),
                day.apply(held.renewalOpensOn()), held.renewalOpen()), pathId);
    }

    String title() {
        return held.title();
    }
}
