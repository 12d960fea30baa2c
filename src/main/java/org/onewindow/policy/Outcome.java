package org.onewindow.policy;

import java.util.Locale;

/** The outcome of evaluating one incentive against a profile. Serialised in lower case. */
public enum Outcome {
    /** Every criterion holds. */
    ELIGIBLE,
    /** A criterion fails whatever the missing facts are. */
    NOT_ELIGIBLE,
    /** Undecided until the missing facts are known. */
    UNKNOWN;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
