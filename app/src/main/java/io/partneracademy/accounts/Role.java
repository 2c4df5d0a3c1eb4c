package io.partneracademy.accounts;

/** What a person may do on the platform; a person can hold several roles. */
public enum Role {
    LEARNER,
    AUTHOR,
    REVIEWER,
    PARTNER_ADMIN,
    PARTNER_MANAGER,
    ADMIN;

    /** Role names as used in {@code @Secured}. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String AUTHOR = "AUTHOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String PARTNER_ADMIN = "PARTNER_ADMIN";
        public static final String PARTNER_MANAGER = "PARTNER_MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
