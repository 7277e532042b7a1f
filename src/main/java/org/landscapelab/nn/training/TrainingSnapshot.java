package org.landscapelab.nn.training;

import java.util.List;
import java.util.Objects;
import org.landscapelab.nn.LayerReport;

/**
 * What a training run looks like at one moment, for the UI to poll: after {@code step} updates, the
 * loss on that step's batch, and the probes and gradient norms of the same forward and backward
 * pass. Immutable.
 *
 * @param message why the run ended when it did not simply finish (divergence, a failure); else ""
 * @param seconds wall time since the run started
 */
public record TrainingSnapshot(long step, double loss, Status status, String message, List<LayerReport> layers, double seconds) {

    public enum Status {
        /** Created, not started: no numbers yet. */
        READY,
        RUNNING,
        PAUSED,
        /** All steps done; the snapshot is of the final parameters. */
        FINISHED,
        /** Stopped on request. */
        STOPPED,
        /** The loss became NaN or infinite; see the message. */
        DIVERGED,
        /** The optimizer refused (e.g. it needs a Hessian); see the message. */
        FAILED;

        /** Whether the run is over. */
        public boolean isFinal() {
            return this == FINISHED || this == STOPPED || this == DIVERGED || this == FAILED;
        }
    }

    public TrainingSnapshot {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        layers = List.copyOf(layers);
    }

    static TrainingSnapshot ready() {
        return new TrainingSnapshot(0, Double.NaN, Status.READY, "", List.of(), 0);
    }

    TrainingSnapshot with(Status newStatus, String newMessage) {
        return new TrainingSnapshot(step, loss, newStatus, newMessage, layers, seconds);
    }
}
