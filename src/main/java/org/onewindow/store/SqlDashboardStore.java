package org.onewindow.store;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.onewindow.insight.DashboardStore;
import org.onewindow.insight.DashboardSummary;
import org.onewindow.insight.DashboardSummary.Answering;
import org.onewindow.insight.DashboardSummary.Day;
import org.onewindow.insight.DashboardSummary.Decisions;
import org.onewindow.insight.DashboardSummary.DepartmentTimes;
import org.onewindow.insight.DashboardSummary.Funnel;
import org.onewindow.insight.DashboardSummary.Satisfaction;
import org.onewindow.insight.DashboardSummary.Unanswered;

/**
 * {@link DashboardStore} on SQL, portable between SQLite and PostgreSQL: days are bucketed by
 * integer division of epoch milliseconds shifted to UTC+8 (China has no daylight saving), counts and
 * groupings are SQL; only the percentiles are taken in Java from the durations SQL selects, as
 * SQLite has no percentile function.
 */
public final class SqlDashboardStore implements DashboardStore {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final long DAY_MS = 86_400_000L;
    private static final long SHIFT_MS = 8 * 3_600_000L;
    private static final String DAY = "((%s + " + SHIFT_MS + ") / " + DAY_MS + ")";
    private static final int TOP_UNANSWERED = 10;
    /**
     * The messages that answered a question: every outcome the dialogue records (the kinds of a
     * knowledge answer, in lower case, as counted below), named so that the index on (outcome,
     * created_at) serves a period.
     */
    private static final String ANSWERED = "outcome IN ('answer', 'clarify', 'unknown')";
    /**
     * Not answered: the bot said it does not know, or the user rated its answer wrong ("flagged",
     * recorded on the reply to that rating); an answer rated wrong is no longer counted as answered.
     */
    private static final String NOT_ANSWERED = "outcome IN ('unknown', 'flagged')";

    private final SqlDatabase db;

    public SqlDashboardStore(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Future<DashboardSummary> summary(Instant from, Instant now, Map<String, Integer> committedDays) {
        long f = from.toEpochMilli();
        long t = now.toEpochMilli();
        return db.read(c -> new DashboardSummary(
                from,
                now,
                days(c, f, t),
                answering(c, f, t),
                unanswered(c, f, t),
                funnels(c, f, t, committedDays),
                departments(c, f, t),
                decisions(c, f, t, committedDays),
                satisfaction(c, f, t)));
    }

    private static List<Day> days(Connection c, long f, long t) throws SQLException {
        Map<Long, long[]> byDay = new TreeMap<>();
        for (long d = (f + SHIFT_MS) / DAY_MS; d <= (t + SHIFT_MS) / DAY_MS; d++) {
            byDay.put(d, new long[6]);
        }
        perDay(
                c,
                "SELECT " + DAY.formatted("created_at") + " AS d, COUNT(*) FROM conversations"
                        + " WHERE created_at >= ? AND created_at < ? GROUP BY " + DAY.formatted("created_at"),
                f,
                t,
                byDay,
                0);
        perDay(
                c,
                "SELECT " + DAY.formatted("created_at") + " AS d, COUNT(*) FROM messages" + " WHERE " + ANSWERED
                        + " AND created_at >= ? AND created_at < ? GROUP BY " + DAY.formatted("created_at"),
                f,
                t,
                byDay,
                1);
        perDay(
                c,
                "SELECT " + DAY.formatted("created_at") + " AS d, COUNT(*) FROM messages"
                        + " WHERE outcome = 'answer' AND created_at >= ? AND created_at < ? GROUP BY "
                        + DAY.formatted("created_at"),
                f,
                t,
                byDay,
                2);
        perDay(
                c,
                "SELECT " + DAY.formatted("created_at") + " AS d, COUNT(*) FROM messages" + " WHERE " + NOT_ANSWERED
                        + " AND created_at >= ? AND created_at < ? GROUP BY " + DAY.formatted("created_at"),
                f,
                t,
                byDay,
                3);
        perDay(
                c,
                "SELECT " + DAY.formatted("created_at") + " AS d, -COUNT(*) FROM messages"
                        + " WHERE outcome = 'flagged' AND created_at >= ? AND created_at < ? GROUP BY "
                        + DAY.formatted("created_at"),
                f,
                t,
                byDay,
                5);
        perDay(
                c,
                "SELECT " + DAY.formatted("requested_at") + " AS d, COUNT(*) FROM handoffs"
                        + " WHERE requested_at >= ? AND requested_at < ? GROUP BY " + DAY.formatted("requested_at"),
                f,
                t,
                byDay,
                4);
        List<Day> out = new ArrayList<>();
        // v[5] is minus the answers rated wrong that day: they leave "answered by the bot".
        byDay.forEach((d, v) ->
                out.add(new Day(LocalDate.ofEpochDay(d).toString(), v[0], v[1], Math.max(0, v[2] + v[5]), v[3], v[4])));
        return out;
    }

    private static void perDay(Connection c, String sql, long f, long t, Map<Long, long[]> byDay, int column)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byDay.computeIfAbsent(rs.getLong(1), d -> new long[6])[column] = rs.getLong(2);
                }
            }
        }
    }

    private static Answering answering(Connection c, long f, long t) throws SQLException {
        long conversations =
                count(c, "SELECT COUNT(*) FROM conversations WHERE created_at >= ? AND created_at < ?", f, t);
        long[] outcomes = new long[4];
        try (PreparedStatement s = c.prepareStatement("SELECT"
                + " SUM(CASE WHEN outcome = 'answer' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN outcome = 'clarify' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN outcome = 'unknown' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN outcome = 'flagged' THEN 1 ELSE 0 END)"
                + " FROM messages WHERE (" + ANSWERED
                + " OR outcome = 'flagged') AND created_at >= ? AND created_at < ?")) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    for (int i = 0; i < 4; i++) {
                        outcomes[i] = rs.getLong(i + 1);
                    }
                }
            }
        }
        // An answer the user rated wrong was not an answer: it moves from "answered" to "not answered".
        outcomes[0] = Math.max(0, outcomes[0] - outcomes[3]);
        outcomes[2] += outcomes[3];
        long staff = count(
                c,
                "SELECT COUNT(DISTINCT conversation_id) FROM handoffs"
                        + " WHERE requested_at >= ? AND requested_at < ?",
                f,
                t);
        long both = outcomes[0] + staff;
        return new Answering(
                conversations,
                outcomes[0],
                outcomes[1],
                outcomes[2],
                staff,
                both == 0 ? null : (double) outcomes[0] / both);
    }

    private static Satisfaction satisfaction(Connection c, long f, long t) throws SQLException {
        long[] byScore = new long[4];
        try (PreparedStatement s = c.prepareStatement("SELECT rating, COUNT(*) FROM handoffs"
                + " WHERE rating IS NOT NULL AND closed_at >= ? AND closed_at < ? GROUP BY rating")) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int score = rs.getInt(1);
                    if (score >= 1 && score <= 3) {
                        byScore[score] = rs.getLong(2);
                    }
                }
            }
        }
        long ratings = byScore[1] + byScore[2] + byScore[3];
        return new Satisfaction(
                ratings, byScore[3], byScore[2], byScore[1], ratings == 0 ? null : (double) byScore[3] / ratings);
    }

    private static List<Unanswered> unanswered(Connection c, long f, long t) throws SQLException {
        List<Unanswered> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(question), COUNT(*) AS n, MAX(created_at)"
                + " FROM messages WHERE " + NOT_ANSWERED + " AND question <> '' AND created_at >= ? AND created_at < ?"
                + " GROUP BY LOWER(TRIM(question)) ORDER BY n DESC, MAX(created_at) DESC LIMIT " + TOP_UNANSWERED)) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Unanswered(
                            rs.getString(1).strip(), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))));
                }
            }
        }
        return out;
    }

    private static List<Funnel> funnels(Connection c, long f, long t, Map<String, Integer> committed)
            throws SQLException {
        Map<String, long[]> byProcess = new LinkedHashMap<>();
        committed.keySet().forEach(p -> byProcess.put(p, new long[4]));
        try (PreparedStatement s =
                c.prepareStatement("SELECT process_id, COUNT(DISTINCT conversation_id), COUNT(DISTINCT id),"
                        + " COUNT(DISTINCT CASE WHEN status = 'approved' THEN id END)"
                        + " FROM submissions WHERE created_at >= ? AND created_at < ? GROUP BY process_id")) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long[] v = byProcess.computeIfAbsent(rs.getString(1), p -> new long[4]);
                    v[1] = rs.getLong(2);
                    v[2] = rs.getLong(3);
                    v[3] = rs.getLong(4);
                }
            }
        }
        List<Funnel> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : byProcess.entrySet()) {
            long started;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ("
                    + " SELECT id AS cid FROM conversations WHERE created_at >= ? AND created_at < ? AND state LIKE ?"
                    + " UNION SELECT conversation_id AS cid FROM submissions WHERE process_id = ? AND created_at >= ? AND created_at < ?"
                    + ") started")) {
                s.setLong(1, f);
                s.setLong(2, t);
                s.setString(3, "%\"processId\":\"" + e.getKey().replace("%", "") + "\"%");
                s.setString(4, e.getKey());
                s.setLong(5, f);
                s.setLong(6, t);
                try (ResultSet rs = s.executeQuery()) {
                    started = rs.next() ? rs.getLong(1) : 0;
                }
            }
            long[] v = e.getValue();
            out.add(new Funnel(e.getKey(), started, v[1], v[2], v[3]));
        }
        return out;
    }

    private static List<DepartmentTimes> departments(Connection c, long f, long t) throws SQLException {
        Map<String, List<Long>> waits = new TreeMap<>();
        Map<String, List<Long>> responses = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT department, COUNT(*), COUNT(claimed_at), COUNT(first_response_at),"
                        + " SUM(CASE WHEN first_response_at IS NOT NULL AND first_response_at - claimed_at <= 60000 THEN 1 ELSE 0 END)"
                        + " FROM handoffs WHERE requested_at >= ? AND requested_at < ? GROUP BY department")) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(
                            rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }
            }
        }
        durations(
                c,
                "SELECT department, claimed_at - requested_at AS d FROM handoffs WHERE claimed_at IS NOT NULL"
                        + " AND requested_at >= ? AND requested_at < ? ORDER BY department, d",
                f,
                t,
                waits);
        durations(
                c,
                "SELECT department, first_response_at - claimed_at AS d FROM handoffs WHERE first_response_at IS NOT NULL"
                        + " AND claimed_at IS NOT NULL AND requested_at >= ? AND requested_at < ? ORDER BY department, d",
                f,
                t,
                responses);
        List<DepartmentTimes> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] n = e.getValue();
            List<Long> w = waits.getOrDefault(e.getKey(), List.of());
            List<Long> r = responses.getOrDefault(e.getKey(), List.of());
            out.add(new DepartmentTimes(
                    e.getKey(),
                    n[0],
                    n[1],
                    n[2],
                    seconds(percentile(w, 50)),
                    seconds(percentile(w, 90)),
                    seconds(percentile(r, 50)),
                    seconds(percentile(r, 90)),
                    n[2] == 0 ? null : (double) n[3] / n[2]));
        }
        return out;
    }

    private static List<Decisions> decisions(Connection c, long f, long t, Map<String, Integer> committed)
            throws SQLException {
        Map<String, List<Long>> hours = new TreeMap<>();
        Map<String, long[]> onTime = new TreeMap<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT process_id, MIN(created_at), MAX(updated_at), MIN(expected_by)"
                        + " FROM submissions GROUP BY id, process_id"
                        + " HAVING MIN(created_at) >= ? AND MIN(created_at) < ?"
                        + " AND SUM(CASE WHEN status IN ('approved', 'rejected') THEN 1 ELSE 0 END) > 0")) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String process = rs.getString(1);
                    long took = rs.getLong(3) - rs.getLong(2);
                    hours.computeIfAbsent(process, p -> new ArrayList<>()).add(took);
                    long[] n = onTime.computeIfAbsent(process, p -> new long[2]);
                    n[0]++;
                    String expected = rs.getString(4);
                    LocalDate decided =
                            Instant.ofEpochMilli(rs.getLong(3)).atOffset(CHINA).toLocalDate();
                    if (expected != null && !decided.isAfter(LocalDate.parse(expected))) {
                        n[1]++;
                    }
                }
            }
        }
        TreeSet<String> processes = new TreeSet<>(committed.keySet());
        processes.addAll(hours.keySet());
        List<Decisions> out = new ArrayList<>();
        for (String p : processes) {
            List<Long> took = hours.getOrDefault(p, List.of());
            took = took.stream().sorted().toList();
            long[] n = onTime.getOrDefault(p, new long[2]);
            out.add(new Decisions(
                    p,
                    committed.get(p),
                    n[0],
                    n[1],
                    n[0] == 0 ? null : (double) n[1] / n[0],
                    hoursOf(percentile(took, 50)),
                    hoursOf(percentile(took, 90))));
        }
        return out;
    }

    private static void durations(Connection c, String sql, long f, long t, Map<String, List<Long>> into)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.computeIfAbsent(rs.getString(1), d -> new ArrayList<>())
                            .add(Math.max(0, rs.getLong(2)));
                }
            }
        }
    }

    private static long count(Connection c, String sql, long f, long t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, f);
            s.setLong(2, t);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Long seconds(Long ms) {
        return ms == null ? null : Math.round(ms / 1000.0);
    }

    private static Double hoursOf(Long ms) {
        return ms == null ? null : Math.round(ms / 360_000.0) / 10.0;
    }
}
