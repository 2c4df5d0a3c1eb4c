package io.partneracademy.accounts;

/** The link an admin passes to an invited person; shown once, never stored. */
public record InvitationLink(long userId, String email, String url) {
}
