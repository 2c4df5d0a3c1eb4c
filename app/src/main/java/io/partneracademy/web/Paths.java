package io.partneracademy.web;

/** URL paths that more than one feature links to. */
public final class Paths {

    public static final String HOME = "/";
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";

    private Paths() {
    }
}
