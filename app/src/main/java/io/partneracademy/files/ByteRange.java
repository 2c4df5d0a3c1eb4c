package io.partneracademy.files;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, from an HTTP {@code Range} header (RFC 9110 §14): {@code bytes=0-99},
 * {@code bytes=100-} or the last n bytes {@code bytes=-n}. Several ranges or another unit are answered with the
 * whole file, which the RFC allows.
 */
record ByteRange(long start, long length) {

    private static final Pattern SINGLE = Pattern.compile("bytes=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    /** Outcome of reading a header against a file of a known size. */
    sealed interface Parsed permits Whole, Partial, Unsatisfiable {
    }

    /** No usable range: send the whole file. */
    record Whole() implements Parsed {
    }

    /** Send this range with 206. */
    record Partial(ByteRange range) implements Parsed {
    }

    /** The range starts past the end: 416. */
    record Unsatisfiable() implements Parsed {
    }

    static Parsed parse(@Nullable String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header);
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> first = number(m.group(1));
        Optional<Long> last = number(m.group(2));
        if (first.isEmpty() && !m.group(1).isEmpty() || last.isEmpty() && !m.group(2).isEmpty()) {
            return new Whole();
        }
        if (first.isEmpty()) {
            long suffix = Math.min(last.get(), size);
            return suffix == 0 ? new Unsatisfiable() : new Partial(new ByteRange(size - suffix, suffix));
        }
        long start = first.get();
        if (last.isPresent() && last.get() < start) {
            return new Whole();
        }
        if (start >= size) {
            return new Unsatisfiable();
        }
        long end = Math.min(last.orElse(size - 1), size - 1);
        return new Partial(new ByteRange(start, end - start + 1));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    long end() {
        return start + length - 1;
    }
}
