package org.onewindow.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.onewindow.logging.LogFormats;
import org.slf4j.LoggerFactory;

/**
 * What the service logs while it is open, written at once in both layouts of standard output: logback.xml's text
 * pattern and the JSON of {@code --log-format json}, each to its own buffer.
 */
public final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ByteArrayOutputStream textOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream jsonOut = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> text;
    private final OutputStreamAppender<ILoggingEvent> json;

    public CapturedLogs() {
        LoggerContext context = root.getLoggerContext();
        text = appender(context, "captured-text", textOut, textEncoder(context));
        json = appender(context, "captured-json", jsonOut, LogFormats.json(context));
    }

    /** The encoder of logback.xml's console appender, copied: the text layout as configured. */
    private Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDOUT");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(((PatternLayoutEncoder) console.getEncoder()).getPattern());
        encoder.start();
        return encoder;
    }

    private OutputStreamAppender<ILoggingEvent> appender(
            LoggerContext context, String name, ByteArrayOutputStream out, Encoder<ILoggingEvent> encoder) {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        root.addAppender(appender);
        return appender;
    }

    public String text() {
        synchronized (textOut) {
            return textOut.toString(StandardCharsets.UTF_8);
        }
    }

    public String json() {
        synchronized (jsonOut) {
            return jsonOut.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        root.detachAppender(text);
        root.detachAppender(json);
        text.stop();
        json.stop();
    }
}
