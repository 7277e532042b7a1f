package org.landscapelab.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.sim.EnsembleResult;
import org.landscapelab.sim.EnsembleSpec;
import org.landscapelab.sim.Ensembles;
import org.landscapelab.sim.Progress;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Runs;
import org.landscapelab.sim.Trajectory;

/**
 * Everything needed to recompute runs bit for bit: the app version, the landscape in full (its
 * expression, domain, current parameter values and data rows, never just a catalog name, so that a
 * later catalog cannot change a replay), the run specs and optionally an ensemble. Read and written
 * by {@link ManifestFormat}, which also tells whether the file was edited after it was written
 * ({@link #integrity}). Landscapes have no value equality, so neither do manifests: compare their
 * JSON ({@link ManifestFormat#text}).
 */
public record Manifest(String appVersion, Landscape landscape, List<RunSpec> runs, Optional<EnsembleSpec> ensemble,
                       Integrity integrity) {
    /** Whether a manifest holds the settings it was written with, as its digest ({@link ManifestDigest}) tells. */
    public enum Integrity {
        /** Unchanged since it was written (or made in memory, not read). */
        UNEDITED,
        /** Its settings do not match its digest, or its digest was removed: someone edited the file. */
        EDITED,
        /** Written before manifests carried a digest: whether it was edited cannot be told. */
        UNKNOWN
    }

    public Manifest {
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(landscape, "landscape");
        runs = List.copyOf(runs);
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(integrity, "integrity");
        if (runs.isEmpty() && ensemble.isEmpty()) throw new IllegalArgumentException("a manifest records at least one run or an ensemble");
    }

    /** A manifest made in memory, not read from a file. */
    public Manifest(String appVersion, Landscape landscape, List<RunSpec> runs, Optional<EnsembleSpec> ensemble) {
        this(appVersion, landscape, runs, ensemble, Integrity.UNEDITED);
    }

    /** Runs of this build. */
    public static Manifest of(Landscape landscape, List<RunSpec> runs) {
        return new Manifest(AppVersion.current(), landscape, runs, Optional.empty());
    }

    /** An ensemble of this build. */
    public static Manifest of(Landscape landscape, EnsembleSpec ensemble) {
        return new Manifest(AppVersion.current(), landscape, List.of(), Optional.of(ensemble));
    }

    public Manifest withEnsemble(EnsembleSpec spec) {
        return new Manifest(appVersion, landscape, runs, Optional.of(spec));
    }

    /** What a replay should tell the user about {@link #integrity}: nothing for an unedited manifest. */
    public Optional<String> integrityNote() {
        return switch (integrity) {
            case UNEDITED -> Optional.empty();
            case EDITED -> Optional.of("the manifest was edited after it was written (its settings do not match its digest); "
                    + "the replay uses the edited settings and may not reproduce the original run");
            case UNKNOWN -> Optional.of("the manifest has no digest (written by an older Landscape Lab), so edits to it cannot be detected");
        };
    }

    /** Recomputes run {@code k}. */
    public Trajectory replayRun(int k) {
        if (k < 0 || k >= runs.size()) throw new IndexOutOfBoundsException("run " + k + " of " + runs.size());
        return Runs.run(landscape, runs.get(k));
    }

    /** Recomputes every run and the ensemble on all cores; the numbers do not depend on the thread count. */
    public Replay replay() {
        return replay(Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    public Replay replay(int threads, Progress progress) {
        List<Trajectory> trajectories = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) trajectories.add(replayRun(k));
        Optional<EnsembleResult> result = ensemble.map(e -> Ensembles.run(landscape, e, threads, progress));
        return new Replay(trajectories, result);
    }
}
