package org.onewindow.testing;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Bytes on a socket, for requests no well-behaved HTTP client would send. */
public final class RawHttp {

    private RawHttp() {}

    /** A parsed response; {@code status} is -1 when the server closed the connection without answering. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public JsonObject json() {
            return new JsonObject(body);
        }

        public String errorCode() {
            return json().getJsonObject("error").getString("code");
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code request} as is and reads until the server closes or {@code readTimeoutMillis} pass. */
    public static Reply exchange(int port, byte[] request, int readTimeoutMillis) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(readTimeoutMillis);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(readUntilClosedOrComplete(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.UTF_8), 10_000);
    }

    private static byte[] readUntilClosedOrComplete(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (complete(out.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // What arrived before the timeout or reset is the answer.
        }
        return out.toByteArray();
    }

    /** A response is complete once its Content-Length bytes follow the head. */
    private static boolean complete(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        Map<String, String> headers = headers(text.substring(0, headEnd));
        String length = headers.get("content-length");
        return length != null && bytes.length - headEnd - 4 >= Integer.parseInt(length.trim());
    }

    private static Reply parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return new Reply(-1, Map.of(), text);
        }
        String head = text.substring(0, headEnd);
        String statusLine = head.lines().findFirst().orElse("");
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        String body = new String(bytes, headEnd + 4, bytes.length - headEnd - 4, StandardCharsets.UTF_8);
        return new Reply(status, headers(head), body);
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        head.lines().skip(1).forEach(line -> {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        });
        return headers;
    }
}
