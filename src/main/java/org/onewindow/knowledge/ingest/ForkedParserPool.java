package org.onewindow.knowledge.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.parser.AutoDetectParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of long-lived parser JVMs running {@link ParserWorkerMain}. A JVM's heap is capped
 * with {@code -Xmx} (and it exits on OutOfMemoryError); a parse that exceeds the timeout gets its JVM
 * killed. A dead JVM is replaced on next use. Thread-safe; {@link #parse} blocks while all workers are
 * busy.
 *
 * <p>The child's classpath is this JVM's {@code java.class.path} (under Maven Surefire the test
 * classpath, from a fat jar the jar itself: {@code java -jar target/onewindow.jar} gives exactly that jar),
 * completed with the URLs of a {@code URLClassLoader} that loaded this class and the code sources of this
 * class, Tika and SLF4J, should a custom class loader have loaded them.
 */
public final class ForkedParserPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ForkedParserPool.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final BlockingQueue<Slot> slots;
    private final List<Slot> all = new ArrayList<>();
    private final ScheduledExecutorService watchdog;
    private final List<String> command;
    private final Duration timeout;
    private final int maxChars;
    private final int heapMb;
    private volatile boolean closed;
    /** The exit code of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;

    public ForkedParserPool(int size, int heapMb, Duration timeout, int maxChars) {
        this.timeout = timeout;
        this.maxChars = maxChars;
        this.heapMb = heapMb;
        this.slots = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Slot slot = new Slot(i);
            all.add(slot);
            slots.add(slot);
        }
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parser-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m",
                "-Xss1m",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-cp",
                classpath(),
                ParserWorkerMain.class.getName());
    }

    /** The classpath the parser JVMs get: this JVM's, however it was launched (also used for other child JVMs). */
    public static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        // Launched by a tool with its own class loader (exec:java, an IDE runner): take its URLs too.
        if (ParserWorkerMain.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            for (java.net.URL url : loader.getURLs()) {
                try {
                    if ("file".equals(url.getProtocol())) {
                        entries.add(Path.of(url.toURI()).toAbsolutePath().toString());
                    }
                } catch (URISyntaxException | RuntimeException e) {
                    LOG.debug("skipping class path entry {}", url, e);
                }
            }
        }
        for (Class<?> c : new Class<?>[] {ParserWorkerMain.class, AutoDetectParser.class, LoggerFactory.class}) {
            try {
                var source = c.getProtectionDomain().getCodeSource();
                if (source != null && source.getLocation() != null) {
                    String p = Path.of(source.getLocation().toURI())
                            .toAbsolutePath()
                            .toString();
                    if (!entries.contains(p)) {
                        entries.add(p);
                    }
                }
            } catch (URISyntaxException | RuntimeException e) {
                LOG.debug("no code source for {}", c.getName(), e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Starts the parser JVMs in the background so that the first parse does not wait for them. */
    public void warmUp() {
        for (Slot slot : all) {
            Thread t = new Thread(
                    () -> {
                        if (slots.remove(slot)) {
                            try {
                                slot.ensureStarted();
                            } catch (IOException e) {
                                LOG.warn("parser JVM {} did not start: {}", slot.index, e.toString());
                            } finally {
                                slots.add(slot);
                            }
                        }
                    },
                    "parser-warmup-" + slot.index);
            t.setDaemon(true);
            t.start();
        }
    }

    /** Parses a file in a forked JVM. */
    public ParsedContent parse(Path file) throws ParseFailedException, InterruptedException {
        if (closed) {
            throw new ParseFailedException("parser pool closed");
        }
        Slot slot = slots.take();
        try {
            return slot.parse(file.toAbsolutePath());
        } finally {
            slots.add(slot);
        }
    }

    /** How many parser JVMs are alive. */
    public int alive() {
        int n = 0;
        for (Slot s : all) {
            Process p = s.process;
            if (p != null && p.isAlive()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        closed = true;
        for (Slot s : all) {
            s.kill();
        }
        watchdog.shutdownNow();
    }

    private final class Slot {
        final int index;
        volatile Process process;
        DataOutputStream toChild;
        DataInputStream fromChild;

        Slot(int index) {
            this.index = index;
        }

        void ensureStarted() throws IOException {
            if (process != null && process.isAlive()) {
                return;
            }
            kill();
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream()));
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> kill = watchdog.schedule(
                    () -> {
                        timedOut.set(true);
                        p.destroyForcibly();
                    },
                    STARTUP_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                int ready = in.read();
                if (ready != ParserWorkerMain.READY) {
                    p.destroyForcibly();
                    throw new IOException("parser JVM failed to start" + (timedOut.get() ? " (timeout)" : "")
                            + ", exit " + (p.isAlive() ? "?" : p.exitValue()));
                }
            } finally {
                kill.cancel(false);
            }
            process = p;
            fromChild = in;
            toChild = new DataOutputStream(new BufferedOutputStream(p.getOutputStream()));
            LOG.info("parser JVM {} started (pid {})", index, p.pid());
        }

        ParsedContent parse(Path file) throws ParseFailedException {
            try {
                ensureStarted();
            } catch (IOException e) {
                throw new ParseFailedException("parser unavailable: " + e.getMessage());
            }
            Process p = process;
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> kill = watchdog.schedule(
                    () -> {
                        timedOut.set(true);
                        p.destroyForcibly();
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                toChild.writeInt(ParserWorkerMain.PARSE);
                toChild.writeUTF(file.toString());
                toChild.writeInt(maxChars);
                toChild.flush();
                byte status = fromChild.readByte();
                if (status == ParserWorkerMain.FAILED) {
                    throw new ParseFailedException(fromChild.readUTF());
                }
                String type = fromChild.readUTF();
                String title = fromChild.readUTF();
                boolean truncated = fromChild.readBoolean();
                int length = fromChild.readInt();
                byte[] bytes = fromChild.readNBytes(length);
                if (bytes.length != length) {
                    throw new IOException("short read");
                }
                return new ParsedContent(type, title, new String(bytes, StandardCharsets.UTF_8), truncated);
            } catch (IOException e) {
                Integer exit = exitCode(p);
                kill();
                if (timedOut.get()) {
                    throw new ParseFailedException("parse timed out after " + timeout.toMillis() + " ms");
                }
                if (exit != null && exit == OOM_EXIT) {
                    throw new ParseFailedException("parser ran out of memory (" + heapMb
                            + " MB heap): too large once decompressed, possibly a decompression bomb");
                }
                throw new ParseFailedException("parser JVM crashed (exit " + exit + ")");
            } finally {
                kill.cancel(false);
            }
        }

        private Integer exitCode(Process p) {
            try {
                return p.waitFor(2, TimeUnit.SECONDS) ? p.exitValue() : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        void kill() {
            Process p = process;
            process = null;
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }
}
