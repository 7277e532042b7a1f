package org.landscapelab.nn.training;

import java.util.List;
import java.util.Objects;
import org.landscapelab.optim.OptimizerSpec;

/**
 * One racer of a {@link NetworkRace} so far: its optimizer, its recorded steps, its probe
 * snapshots (every {@code probeEvery} steps, and the final one on all examples), and its own
 * status (one racer may diverge while the others go on). Immutable.
 *
 * @param message why the racer ended when it did not simply finish; else ""
 */
public record RacerRun(OptimizerSpec optimizer, List<RacePoint> points, List<TrainingSnapshot> probes, TrainingSnapshot.Status status,
                       String message) {
    public RacerRun {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        points = List.copyOf(points);
        probes = List.copyOf(probes);
    }
}
