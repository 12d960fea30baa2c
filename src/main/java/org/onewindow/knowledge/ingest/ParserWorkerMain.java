package org.onewindow.knowledge.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;

/**
 * The main class of a forked parser JVM. Started by {@link ForkedParserPool} with the parent's
 * classpath and a small heap; reads requests on stdin, answers on stdout, lives until stdin closes.
 *
 * <p>Protocol (DataInput/DataOutput): after start-up the worker writes the byte {@code 'R'}. A request
 * is {@code int 1, UTF path, int maxChars}; the answer is {@code byte 0, UTF contentType, UTF title,
 * boolean truncated, int length, UTF-8 bytes of the structured text} or {@code byte 1, UTF reason}.
 * Everything else the libraries print goes to stderr.
 */
public final class ParserWorkerMain {

    static final int PARSE = 1;
    static final byte OK = 0;
    static final byte FAILED = 1;
    static final byte READY = 'R';

    private ParserWorkerMain() {}

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        AutoDetectParser parser = new AutoDetectParser();
        out.writeByte(READY);
        out.flush();
        while (true) {
            int command;
            try {
                command = in.readInt();
            } catch (EOFException e) {
                return;
            }
            if (command != PARSE) {
                System.err.println("unknown command " + command);
                return;
            }
            String path = in.readUTF();
            int maxChars = in.readInt();
            parseOne(parser, Path.of(path), maxChars, out);
            out.flush();
        }
    }

    private static void parseOne(AutoDetectParser parser, Path path, int maxChars, DataOutputStream out)
            throws IOException {
        StructuredTextHandler handler = new StructuredTextHandler(maxChars);
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        // Embedded documents (attachments, OLE objects) are not knowledge; skipping them also removes
        // a whole class of nesting bombs.
        context.set(EmbeddedDocumentExtractor.class, new NoEmbedded());
        String failure = null;
        try (InputStream stream = TikaInputStream.get(path, metadata)) {
            parser.parse(stream, handler, metadata, context);
        } catch (StructuredTextHandler.LimitReached e) {
            // keep what was read
        } catch (EncryptedDocumentException e) {
            failure = "encrypted document";
        } catch (Throwable e) {
            if (isLimit(e)) {
                // keep what was read
            } else if (e instanceof OutOfMemoryError) {
                throw (OutOfMemoryError) e;
            } else {
                failure = describe(e);
            }
        }
        if (failure != null) {
            out.writeByte(FAILED);
            out.writeUTF(shorten(failure));
            return;
        }
        out.writeByte(OK);
        out.writeUTF(nonNull(metadata.get(Metadata.CONTENT_TYPE)));
        out.writeUTF(shorten(nonNull(metadata.get(TikaCoreProperties.TITLE))));
        out.writeBoolean(handler.truncated());
        byte[] text = handler.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
    }

    private static boolean isLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StructuredTextHandler.LimitReached) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof EncryptedDocumentException) {
                return "encrypted document";
            }
            if (t.getClass().getName().contains("ZipBomb")) {
                return "suspected zip bomb: " + t.getMessage();
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("compression ratio")) {
                return "suspected zip bomb: " + m;
            }
        }
        sb.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        if (root != e) {
            sb.append(" (")
                    .append(root.getClass().getSimpleName())
                    .append(": ")
                    .append(root.getMessage())
                    .append(')');
        }
        return sb.toString();
    }

    private static String shorten(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static final class NoEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(
                InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
