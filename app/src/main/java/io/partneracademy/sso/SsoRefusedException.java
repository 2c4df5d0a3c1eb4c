package io.partneracademy.sso;

/** A sign-in that must not go on; thrown inside a transaction, it also undoes anything written so far. */
final class SsoRefusedException extends RuntimeException {

    private final SsoFailure failure;
    private final Long userId;

    SsoRefusedException(SsoFailure failure, String detail) {
        this(failure, detail, null);
    }

    /** A refusal about one of our accounts, which the trail names. */
    SsoRefusedException(SsoFailure failure, String detail, Long userId) {
        super(failure + ": " + detail);
        this.failure = failure;
        this.userId = userId;
    }

    /** The account the refusal is about, when it is about one. */
    java.util.Optional<Long> userId() {
        return java.util.Optional.ofNullable(userId);
    }

    SsoFailure failure() {
        return failure;
    }
}
