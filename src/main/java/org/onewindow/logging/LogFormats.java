package org.onewindow.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.onewindow.config.AppConfig;
import org.slf4j.LoggerFactory;

/** The layouts of standard output: logback.xml's readable text, or {@link #json} when configured. */
public final class LogFormats {

    /** The appender of logback.xml whose layout {@link #use} chooses. */
    static final String APPENDER = "STDOUT";

    private LogFormats() {}

    /**
     * Writes standard output in {@code format} from now on. Called by {@code main} once the configuration
     * is read and before its first line: logback.xml is read before {@code main} runs, so the choice swaps
     * the encoder of its appender rather than choosing between appenders there.
     */
    public static void use(AppConfig.LogFormat format) {
        if (format == AppConfig.LogFormat.TEXT) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> out = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        out.stop();
        out.setEncoder(json(context));
        out.start();
    }

    /**
     * One JSON object a line: timestamp, level, thread, logger, MDC (with {@code requestId}), the formatted
     * message and any throwable. Without the raw pattern and its arguments (the formatted message has both)
     * and without Logback's context properties, which say nothing about the event.
     */
    public static Encoder<ILoggingEvent> json(Context context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }
}
