package io.partneracademy.sso;

/** A sign-in that must not go on; thrown inside a transaction, it also undoes anything written so far. */
final class SsoRefusedException extends RuntimeException {

    private final SsoFailure failure;

    SsoRefusedException(SsoFailure failure, String detail) {
        super(failure + ": " + detail);
        this.failure = failure;
    }

    SsoFailure failure() {
        return failure;
    }
}
