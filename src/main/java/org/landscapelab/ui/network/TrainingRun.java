package org.landscapelab.ui.network;

import java.util.List;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.training.TrainingSnapshot;

/**
 * What a network panel shows of one training run: the probes at initialization and the snapshots
 * so far (an immutable view, replaced as the run goes on).
 */
public record TrainingRun(List<LayerReport> atInit, List<TrainingSnapshot> snapshots) {
    public TrainingRun {
        atInit = List.copyOf(atInit);
        snapshots = List.copyOf(snapshots);
    }

    public static final TrainingRun EMPTY = new TrainingRun(List.of(), List.of());

    /** The newest snapshot with numbers, or null before the first. */
    public TrainingSnapshot latest() {
        for (int i = snapshots.size() - 1; i >= 0; i--) {
            if (!snapshots.get(i).layers().isEmpty()) return snapshots.get(i);
        }
        return null;
    }
}
