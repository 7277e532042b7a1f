package org.landscapelab.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestTaskTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final LatestTask<String> task = new LatestTask<>(background, fxThread);
    private final List<String> results = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @Test
    void resultsArriveThroughTheFxThreadExecutor() {
        task.submit(() -> "done", results::add, e -> errors.add(e.getMessage()));
        background.drain();
        assertThat(results).isEmpty();
        fxThread.drain();
        assertThat(results).containsExactly("done");
        assertThat(errors).isEmpty();
    }

    @Test
    void aResultANewerRequestSupersededIsDroppedAndItsWorkSkipped() {
        List<String> computed = new ArrayList<>();
        task.submit(() -> { computed.add("old"); return "old"; }, results::add, e -> errors.add(e.getMessage()));
        task.submit(() -> { computed.add("new"); return "new"; }, results::add, e -> errors.add(e.getMessage()));
        background.drain();
        fxThread.drain();
        assertThat(computed).containsExactly("new");
        assertThat(results).containsExactly("new");
        assertThat(errors).isEmpty();
    }

    @Test
    void aSupersededResultAlreadyComputedIsNotDelivered() {
        task.submit(() -> "old", results::add, e -> errors.add(e.getMessage()));
        background.drain();
        task.submit(() -> "new", results::add, e -> errors.add(e.getMessage()));
        background.drain();
        fxThread.drain();
        assertThat(results).containsExactly("new");
    }

    @Test
    void errorsArriveUnwrappedAndCancelDropsWhatIsInFlight() {
        task.submit(() -> { throw new IllegalStateException("no"); }, results::add, e -> errors.add(e.getMessage()));
        background.drain();
        fxThread.drain();
        assertThat(errors).containsExactly("no");
        task.submit(() -> "late", results::add, e -> errors.add(e.getMessage()));
        task.cancel();
        background.drain();
        fxThread.drain();
        assertThat(results).isEmpty();
        assertThat(errors).containsExactly("no");
    }

    @Test
    void aTaskKeepingUpDeliversTheNewestFinishedResultWhileNewerRequestsWait() {
        LatestTask<String> keeping = LatestTask.keepingUp(background, fxThread);
        keeping.submit(() -> "first", results::add, e -> errors.add(e.getMessage()));
        background.drain();
        keeping.submit(() -> "second", results::add, e -> errors.add(e.getMessage()));
        assertThat(keeping.idle()).isFalse();
        fxThread.drain();
        // A plain task would drop "first": a newer request exists. A drag must show it meanwhile.
        assertThat(results).containsExactly("first");
        assertThat(keeping.idle()).isFalse();
        background.drain();
        fxThread.drain();
        assertThat(results).containsExactly("first", "second");
        assertThat(keeping.idle()).isTrue();
    }

    @Test
    void aTaskKeepingUpNeverDeliversAnOlderResultAfterANewerOneOrAfterCancel() {
        LatestTask<String> keeping = LatestTask.keepingUp(background, fxThread);
        keeping.submit(() -> "old", results::add, e -> errors.add(e.getMessage()));
        background.drain();
        keeping.submit(() -> "new", results::add, e -> errors.add(e.getMessage()));
        background.drain();
        fxThread.drain();
        assertThat(results).containsExactly("new");
        keeping.submit(() -> "cancelled", results::add, e -> errors.add(e.getMessage()));
        background.drain();
        keeping.cancel();
        fxThread.drain();
        assertThat(results).containsExactly("new");
        assertThat(keeping.idle()).isTrue();
    }
}
