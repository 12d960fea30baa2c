package org.onewindow.process;

/**
 * A working-day question about a year the calendar has no file for. OneWindow refuses to guess
 * (a weekends-only guess would give wrong committed dates around Spring Festival and National Day):
 * add {@code knowledge-base/calendar/<year>.yaml}.
 */
public final class CalendarGapException extends RuntimeException {

    private final int year;

    public CalendarGapException(int year) {
        super(
                "No working-day calendar for " + year + ": add knowledge-base/calendar/" + year
                        + ".yaml (weekends, official holidays and adjusted working days)",
                null,
                false,
                false);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
