package org.onewindow.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Puts the current request's id ({@link RequestIds#current()}) into the MDC of the logging thread, or
 * takes it out, just before each line that will be written. A turbo filter runs on the caller's thread
 * before the event is made, so every line — of any class, in either layout — carries the id of the request
 * it was written for and never one of an earlier request served by the same thread. Decides nothing.
 */
public final class RequestIdInMdc extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // Only for lines that will be written: level checks of disabled debug logging stay cheap.
        if (level != null && level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            String id = RequestIds.current();
            if (id == null) {
                if (MDC.get(RequestIds.KEY) != null) {
                    MDC.remove(RequestIds.KEY);
                }
            } else if (!id.equals(MDC.get(RequestIds.KEY))) {
                MDC.put(RequestIds.KEY, id);
            }
        }
        return FilterReply.NEUTRAL;
    }
}
