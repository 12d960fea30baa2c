package org.onewindow.channel.core;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.onewindow.shared.ApiException;

/**
 * Fetches a media file from a messaging platform into memory, refusing one larger than the limit
 * whether its size is announced (Content-Length) or only seen while it streams in; the download
 * is then cut off, so a hostile or broken platform answer cannot fill the memory.
 */
public final class MediaDownload {

    /** A downloaded body and the response it came with (whose headers say what it is). */
    public record Download(HttpClientResponse response, Buffer body) {
        public String contentType() {
            String type = response.getHeader("Content-Type");
            return type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private MediaDownload() {}

    /** GETs {@code url} (which may hold a secret: it never appears in an error); fails when over {@code maxBytes}. */
    public static Future<Download> fetch(HttpClient client, String url, long maxBytes, String platform) {
        return client.request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setAbsoluteURI(url)
                        .setIdleTimeout(30_000))
                .compose(request -> request.send().compose(response -> {
                    if (response.statusCode() != 200) {
                        request.reset();
                        return Future.failedFuture(new IllegalStateException(
                                platform + " answered HTTP " + response.statusCode() + " to a media download"));
                    }
                    String announced = response.getHeader("Content-Length");
                    if (announced != null && parse(announced) > maxBytes) {
                        request.reset();
                        return Future.failedFuture(tooLarge(maxBytes));
                    }
                    Promise<Download> done = Promise.promise();
                    Buffer body = Buffer.buffer();
                    response.handler(chunk -> {
                        if (done.future().isComplete()) {
                            return;
                        }
                        body.appendBuffer(chunk);
                        if (body.length() > maxBytes) {
                            done.tryFail(tooLarge(maxBytes));
                            request.reset();
                        }
                    });
                    response.exceptionHandler(done::tryFail);
                    response.endHandler(v -> done.tryComplete(new Download(response, body)));
                    return done.future();
                }));
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "file_too_large", "The file is larger than " + (maxBytes >> 20) + " MB.");
    }
}
