package org.onewindow;

import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a node, started in order and stopped in reverse. When one fails to start, the parts
 * started before it (and it) are stopped, and the start fails with its cause: one rollback for all.
 */
final class Modules {

    private static final Logger LOG = LoggerFactory.getLogger(Modules.class);

    private final List<Module> modules;
    /** Most recently started first; touched by one step of the chain at a time. */
    private final Deque<Module> started = new ArrayDeque<>();

    Modules(List<Module> modules) {
        this.modules = List.copyOf(modules);
    }

    Future<Void> start() {
        Future<Void> chain = Future.succeededFuture();
        for (Module module : modules) {
            chain = chain.compose(v -> {
                started.push(module);
                return module.start();
            });
        }
        return chain.recover(failure -> stop().transform(stopped -> Future.failedFuture(failure)));
    }

    /** Stops every started part, the last started first; a part that fails to stop does not keep the others running. */
    Future<Void> stop() {
        Future<Void> chain = Future.succeededFuture();
        Throwable[] first = {null};
        while (!started.isEmpty()) {
            Module module = started.pop();
            chain = chain.transform(previous -> Future.<Void>succeededFuture()
                    .compose(v -> module.stop())
                    .recover(e -> {
                        LOG.warn("{} did not stop cleanly: {}", module.name(), e.toString());
                        if (first[0] == null) {
                            first[0] = e;
                        }
                        return Future.succeededFuture();
                    }));
        }
        return chain.compose(v -> first[0] == null ? Future.succeededFuture() : Future.failedFuture(first[0]));
    }
}
