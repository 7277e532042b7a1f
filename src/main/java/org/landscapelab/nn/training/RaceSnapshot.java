package org.landscapelab.nn.training;

import java.util.List;
import java.util.Objects;

/**
 * A {@link NetworkRace} at one moment, for the UI to poll: the group names and each racer's run
 * so far, the race's status (FINISHED once every racer has ended) and the wall time. Immutable.
 */
public record RaceSnapshot(List<String> groups, List<RacerRun> racers, TrainingSnapshot.Status status, double seconds) {
    public RaceSnapshot {
        Objects.requireNonNull(status, "status");
        groups = List.copyOf(groups);
        racers = List.copyOf(racers);
    }

    /** The index of {@code group} in {@link #groups()}; throws IllegalArgumentException naming the known groups. */
    public int group(String group) {
        int g = groups.indexOf(group);
        if (g < 0) throw new IllegalArgumentException("no parameter group '" + group + "'; known: " + String.join(", ", groups));
        return g;
    }
}
