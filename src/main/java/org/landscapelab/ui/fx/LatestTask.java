package org.landscapelab.ui.fx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs background computations of which only the newest matters (re-rendering while the user drags
 * a slider): a result that a newer request has superseded is dropped, and results and errors are
 * delivered on the FX thread. No JavaFX here: view models that use it are tested without a window.
 */
public final class LatestTask<T> {
    private final Executor executor;
    private final Executor fxThread;
    private final AtomicLong generation = new AtomicLong();

    /** Work runs on {@code executor}, results are delivered through {@code fxThread} ({@code Platform::runLater} in the app). */
    public LatestTask(Executor executor, Executor fxThread) {
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /** Starts {@code work} off the FX thread; {@code onResult} or {@code onError} runs on it unless superseded. */
    public void submit(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        long mine = generation.incrementAndGet();
        CompletableFuture.supplyAsync(() -> {
            if (generation.get() != mine) throw new CancellationException();
            return work.get();
        }, executor).whenComplete((result, error) -> fxThread.execute(() -> {
            if (generation.get() != mine) return;
            if (error == null) onResult.accept(result);
            else if (!(unwrap(error) instanceof CancellationException)) onError.accept(unwrap(error));
        }));
    }

    /** Drops whatever is in flight. */
    public void cancel() {
        generation.incrementAndGet();
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
