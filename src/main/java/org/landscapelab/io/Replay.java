package org.landscapelab.io;

import java.util.List;
import java.util.Optional;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.Trajectory;

/** What a manifest recomputes: one trajectory per run, in the manifest's order, and the ensemble's result if it has one. */
public record Replay(List<Trajectory> trajectories, Optional<EnsembleResult> ensemble) {
    public Replay {
        trajectories = List.copyOf(trajectories);
    }
}
