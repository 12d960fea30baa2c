package org.onewindow.conversation;

import io.vertx.core.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks one after another per key, so that the turns of one conversation never
 * interleave (their seqs and state stay consistent) while different conversations run in parallel.
 */
final class SerialExecutor {

    private final ConcurrentHashMap<String, Future<?>> tails = new ConcurrentHashMap<>();

    <T> Future<T> submit(String key, Supplier<Future<T>> task) {
        @SuppressWarnings("unchecked")
        Future<T>[] result = new Future[1];
        tails.compute(key, (k, tail) -> {
            Future<T> next = tail == null
                    ? safely(task)
                    : tail.transform(ignored -> safely(task));
            result[0] = next;
            return next;
        });
        Future<T> mine = result[0];
        mine.onComplete(ignored -> tails.remove(key, mine));
        return mine;
    }

    /** How many keys have work queued or running. */
    int busyKeys() {
        return tails.size();
    }

    private static <T> Future<T> safely(Supplier<Future<T>> task) {
        try {
            return task.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }
}
