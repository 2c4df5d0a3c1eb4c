package io.partneracademy.exams;

import io.partneracademy.web.ConflictException;

/** The person holds the certification this exam leads to and its renewal window has not opened yet. */
public class AlreadyCertifiedException extends ConflictException {

    public AlreadyCertifiedException(CertificationStanding.Held held) {
        super("attempt.already-certified", held.title(), held.expiresOn(), held.renewalOpensOn());
    }
}
