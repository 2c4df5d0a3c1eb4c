package io.partneracademy.csv;

/** CSV text that cannot be split into records: a quoted field starts on {@link #line()} and is never closed. */
public class MalformedCsvException extends RuntimeException {

    private final int line;

    public MalformedCsvException(int line, Throwable cause) {
        super("a quoted field starts on line " + line + " and is never closed", cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
