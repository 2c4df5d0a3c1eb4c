package io.partneracademy.live;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** The {@code month} asked for in the calendar's address is not a month it can show; says what was given and why. */
class MonthRejectedException extends ApplicationException {

    private MonthRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** Not written as year and month ("2026-13", "12/2026"). */
    static MonthRejectedException notAMonth(String given, String example) {
        return new MonthRejectedException("live.month.invalid", given, example);
    }

    /** A real month, but before the first or after the last one the calendar shows. */
    static MonthRejectedException outOfRange(String given, String first, String last) {
        return new MonthRejectedException("live.month.out-of-range", given, first, last);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
