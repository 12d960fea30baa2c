package org.onewindow.channel.core;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the tasks of one key one after another (one channel user's messages), tasks of different keys freely. */
final class KeyedSerial {

    private final Map<String, Future<?>> tails = new HashMap<>();

    synchronized <T> Future<T> submit(String key, Supplier<Future<T>> task) {
        Future<?> previous = tails.getOrDefault(key, Future.succeededFuture());
        Future<T> next = previous.transform(ignored -> {
            try {
                return task.get();
            } catch (RuntimeException e) {
                return Future.failedFuture(e);
            }
        });
        tails.put(key, next);
        next.onComplete(r -> release(key, next));
        return next;
    }

    private synchronized void release(String key, Future<?> finished) {
        tails.remove(key, finished);
    }
}
