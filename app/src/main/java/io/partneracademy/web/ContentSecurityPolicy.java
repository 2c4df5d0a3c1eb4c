package io.partneracademy.web;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The site's Content-Security-Policy, and the one variation a page may ask for. */
public final class ContentSecurityPolicy {

    /** An http(s) origin with a plain host name or address and an optional port: nothing that could end a directive. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?");

    private ContentSecurityPolicy() {
    }

    /**
     * The site's policy with these origins added to {@code form-action}, for a page whose forms lead (through a
     * redirect) to another site, such as a company's sign-in page. Anything that is not a plain origin is left out.
     */
    public static String allowingFormsTo(Collection<String> origins) {
        String extra = origins.stream().filter(o -> ORIGIN.matcher(o).matches()).collect(Collectors.joining(" "));
        if (extra.isEmpty()) {
            return SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
        }
        return SecurityHeadersFilter.CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + extra);
    }
}
