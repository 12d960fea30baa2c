package org.onewindow.conversation;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks one after another per key, so that the turns of one conversation never
 * interleave (their seqs and state stay consistent) while different conversations run in parallel.
 */
final class SerialExecutor {

    private final ConcurrentHashMap<String, Future<?>> tails = new ConcurrentHashMap<>();

    <T> Future<T> submit(String key, Supplier<Future<T>> task) {
        Context caller = Vertx.currentContext();
        @SuppressWarnings("unchecked")
        Future<T>[] result = new Future[1];
        tails.compute(key, (k, tail) -> {
            Future<T> next = tail == null ? safely(task) : tail.transform(ignored -> on(caller, task));
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

    /**
     * Runs a queued task on the context that submitted it, not on the one that finished the task before it: the
     * context carries the request's locals (its id in the log lines), which must not be those of another request.
     */
    private static <T> Future<T> on(Context caller, Supplier<Future<T>> task) {
        if (caller == null || caller == Vertx.currentContext()) {
            return safely(task);
        }
        Promise<T> promise = Promise.promise();
        caller.runOnContext(v -> safely(task).onComplete(promise));
        return promise.future();
    }

    private static <T> Future<T> safely(Supplier<Future<T>> task) {
        try {
            return task.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }
}
