package org.onewindow.process;

/**
 * A process's committed time limit in working days. {@code verified} is false when the figure is
 * the park's sample commitment rather than a limit found in a cited policy.
 */
public record Sla(int minWorkingDays, int maxWorkingDays, boolean verified) {

    public Sla {
        if (minWorkingDays < 1) {
            throw new IllegalArgumentException("minWorkingDays must be at least 1, not " + minWorkingDays);
        }
        if (minWorkingDays > maxWorkingDays) {
            throw new IllegalArgumentException(
                    "minWorkingDays " + minWorkingDays + " is greater than maxWorkingDays " + maxWorkingDays);
        }
    }
}
