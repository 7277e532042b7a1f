package org.landscapelab.ui.fx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs background computations of which only the newest matters (re-rendering while the user drags
 * a slider): work that a newer request has superseded before it started is skipped, and results and
 * errors are delivered on the FX thread. A plain task drops every result a newer request has
 * superseded; a task that {@linkplain #keepingUp keeps up} delivers a finished result unless a newer
 * one has finished already, so that a drag whose every step takes longer than the next input event
 * shows the newest paths computed so far instead of nothing until the drag stops. No JavaFX here:
 * view models that use it are tested without a window.
 */
public final class LatestTask<T> {
    private final Executor executor;
    private final Executor fxThread;
    private final boolean keepUp;
    private final AtomicLong generation = new AtomicLong();
    /** Requests up to this one were cancelled: none of them is delivered. */
    private final AtomicLong cancelledUpTo = new AtomicLong();
    /** The newest request whose work has finished (keeping up only). */
    private final AtomicLong finished = new AtomicLong();
    /** The newest request delivered; FX thread. */
    private long delivered;

    /** Work runs on {@code executor}, results are delivered through {@code fxThread} ({@code Platform::runLater} in the app). */
    public LatestTask(Executor executor, Executor fxThread) {
        this(executor, fxThread, false);
    }

    private LatestTask(Executor executor, Executor fxThread, boolean keepUp) {
        this.executor = executor;
        this.fxThread = fxThread;
        this.keepUp = keepUp;
    }

    /** A task that shows intermediate results while requests keep coming (a drag), never an older one after a newer. */
    public static <T> LatestTask<T> keepingUp(Executor executor, Executor fxThread) {
        return new LatestTask<>(executor, fxThread, true);
    }

    /** Starts {@code work} off the FX thread; {@code onResult} or {@code onError} runs on it unless superseded. */
    public void submit(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        long mine = generation.incrementAndGet();
        CompletableFuture.supplyAsync(() -> {
            if (generation.get() != mine) throw new CancellationException();
            T result = work.get();
            finished.accumulateAndGet(mine, Math::max);
            return result;
        }, executor).whenComplete((result, error) -> fxThread.execute(() -> {
            Throwable problem = error == null ? null : unwrap(error);
            if (problem instanceof CancellationException || !wanted(mine)) return;
            delivered = mine;
            if (problem == null) onResult.accept(result);
            else onError.accept(problem);
        }));
    }

    private boolean wanted(long request) {
        if (!keepUp) return generation.get() == request;
        return request > cancelledUpTo.get() && request > delivered && request >= finished.get();
    }

    /** Whether the last result delivered answers the newest request (nothing newer is being computed); FX thread. */
    public boolean idle() {
        long newest = generation.get();
        return delivered == newest || cancelledUpTo.get() == newest;
    }

    /** Drops whatever is in flight. */
    public void cancel() {
        cancelledUpTo.set(generation.incrementAndGet());
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
