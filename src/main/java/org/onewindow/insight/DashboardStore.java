package org.onewindow.insight;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.Map;

/**
 * Reads the dashboard's figures from the conversations, messages, answer log, handoffs and
 * submissions. Implementations compute counts and groupings in SQL, off the event loop.
 */
public interface DashboardStore {

    /**
     * The figures of the period {@code [from, now)}, days bucketed in China Standard Time (UTC+8).
     *
     * @param committedDays the committed time limit (maximum working days) of each process, by process id;
     *     processes listed here appear in the funnels even without any data
     */
    Future<DashboardSummary> summary(Instant from, Instant now, Map<String, Integer> committedDays);
}
