package org.landscapelab.io;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;

/** The optimizer race: the optimizers, and the noise, seed, length, start and batch size they share. */
public record RaceSettings(List<Entry> optimizers, NoiseSpec noise, NoiseMode mode, long seed, int steps, Point start,
                           int batchSize) {
    /** One optimizer of the race, with its colour and whether it runs. */
    public record Entry(OptimizerSpec spec, Color color, boolean enabled) {
        public Entry {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(color, "color");
        }
    }

    public RaceSettings {
        optimizers = List.copyOf(optimizers);
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(mode, "mode");
        if (steps < 0 || steps > RunSpec.MAX_STEPS) throw new IllegalArgumentException("steps must be in [0, " + RunSpec.MAX_STEPS + "], got " + steps);
        if (start == null || !Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException("start must be a finite point, got " + start);
        }
        if (batchSize < 0) throw new IllegalArgumentException("batch size must be >= 0, got " + batchSize);
    }
}
