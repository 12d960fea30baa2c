package org.onewindow.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.onewindow.form.LocalizedText;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;

/**
 * One incentive policy of {@code knowledge-base/incentives/<file>}: what it is, who issued it,
 * where it was read ({@code sources}: the URLs actually read), the clause it rests on, when it is
 * in force ({@code expires} null when open-ended), the benefit, the eligibility criterion, and the
 * id of the process that applies for it, if any.
 */
public record Incentive(
        String id,
        String file,
        LocalizedText title,
        LocalizedText department,
        List<String> sources,
        LocalizedText clause,
        LocalDate effective,
        LocalDate expires,
        LocalizedText benefit,
        Criterion eligibility,
        String process) {

    public static final String DIR = "knowledge-base/incentives/";

    public Incentive {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(eligibility, "eligibility");
        sources = List.copyOf(sources);
        if (expires != null && expires.isBefore(effective)) {
            throw new IllegalArgumentException("expires " + expires + " is before effective " + effective);
        }
    }

    /** In force on {@code day}: effective on or before it and not yet expired (the expiry day still counts). */
    public boolean inForceOn(LocalDate day) {
        return !effective.isAfter(day) && (expires == null || !expires.isBefore(day));
    }

    public boolean expiredOn(LocalDate day) {
        return expires != null && expires.isBefore(day);
    }

    /** The citation: title, {@code knowledge-base/incentives/<file>}, the clause, the effective date. */
    public Citation citation(Lang lang) {
        return new Citation(title.text(lang), DIR + file, clause.text(lang), effective.toString());
    }
}
