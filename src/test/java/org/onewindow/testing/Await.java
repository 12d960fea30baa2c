package org.onewindow.testing;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting in tests, in one place: for a future's result, or for a condition that becomes true. */
public final class Await {

    /** Long enough for a loaded CI machine; a test that needs it is failing anyway. */
    private static final long SECONDS = 60;

    private Await() {}

    /** The result of {@code future}, or its failure thrown (ExecutionException), within a minute. */
    public static <T> T await(Future<T> future) throws Exception {
        return await(future.toCompletionStage());
    }

    /** The result of {@code stage}, or its failure thrown (ExecutionException), within a minute. */
    public static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Polls {@code condition} until it holds, failing with {@code what} after {@code within}: for what
     * happens asynchronously on the server (a delivery, an audit record), never to let time pass.
     */
    public static void until(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(20);
        }
    }
}
