package org.onewindow.insight;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The supervisor dashboard: what each number counts is said on its component. Times are in
 * seconds; medians and 90th percentiles are nearest-rank over the period's rows, null when there are none.
 */
public record DashboardSummary(
        Instant from,
        Instant to,
        List<Day> days,
        Answering answering,
        List<Unanswered> unanswered,
        List<Funnel> funnels,
        List<DepartmentTimes> departments,
        List<Decisions> decisions,
        Satisfaction satisfaction) {

    public DashboardSummary {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        days = List.copyOf(days);
        unanswered = List.copyOf(unanswered);
        funnels = List.copyOf(funnels);
        departments = List.copyOf(departments);
        decisions = List.copyOf(decisions);
    }

    /**
     * One calendar day (UTC+8): conversations started, questions the bot tried to answer (answer log
     * rows), and of those answered / unknown, plus handoffs requested.
     */
    /**
     * How enterprises rated the help of a person, handed back in the period: ratings given, by score,
     * and {@code satisfiedShare} = satisfied / ratings (null without ratings).
     */
    public record Satisfaction(long ratings, long satisfied, long neutral, long dissatisfied, Double satisfiedShare) {}

    public record Day(String date, long conversations, long questions, long answered, long unknown, long handoffs) {}

    /**
     * Who answered: {@code botAnswers} = answer-log rows with outcome answer; {@code clarifications} =
     * outcome clarify; {@code unknown} = outcome unknown; {@code staffConversations} = conversations
     * with a handoff requested in the period; {@code botShare} = botAnswers / (botAnswers + staffConversations).
     */
    public record Answering(
            long conversations,
            long botAnswers,
            long clarifications,
            long unknown,
            long staffConversations,
            Double botShare) {}

    /** A question the bot could not answer (outcome unknown), grouped by its text (trimmed, lower-cased). */
    public record Unanswered(String question, long count, Instant lastAskedAt) {}

    /**
     * A process's funnel. {@code started}: conversations now in this process or with a submission of
     * it (a process abandoned and left for another is not counted — the state keeps only the current one);
     * {@code completed}: conversations that finished the intake (have a submission); {@code submitted}:
     * distinct submissions; {@code approved}: submissions with an approved version.
     */
    public record Funnel(String processId, long started, long completed, long submitted, long approved) {}

    /**
     * Handoff times of a department: waiting = requested → claimed, first response = claimed → the
     * first staff message; {@code withinOneMinute} = share of first responses within 60 s of claiming.
     */
    public record DepartmentTimes(
            String department,
            long requested,
            long claimed,
            long responded,
            Long waitMedianSeconds,
            Long waitP90Seconds,
            Long firstResponseMedianSeconds,
            Long firstResponseP90Seconds,
            Double withinOneMinute) {}

    /**
     * Decisions of a process: submission (first version created) → decision (last update of an
     * approved or rejected submission), in hours; on time = decided no later than its expected date
     * ({@code expected_by}, the committed limit counted in working days of the official calendar).
     */
    public record Decisions(
            String processId,
            Integer committedWorkingDays,
            long decided,
            long onTime,
            Double onTimeShare,
            Double medianHours,
            Double p90Hours) {}
}
