package io.partneracademy.sso;

/** What a validated ID token says about the person: who they are at the provider and their verified email. */
record VerifiedPerson(String subject, String email, String displayName) {

    /** The part after the last {@code @}, lower case. */
    String domain() {
        return email.substring(email.lastIndexOf('@') + 1);
    }
}
