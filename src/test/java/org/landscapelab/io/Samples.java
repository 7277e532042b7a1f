package org.landscapelab.io;

import java.nio.file.Path;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.LandscapeFiles;
import org.landscapelab.landscape.Point;
import org.landscapelab.noise.NoiseSpec;
import org.landscapelab.optim.OptimizerSpec;
import org.landscapelab.sim.NoiseMode;
import org.landscapelab.sim.RunSpec;
import org.landscapelab.sim.Trajectory;

/** Landscapes and runs the io tests share: noisy, minibatch and randomized-optimizer runs. */
final class Samples {
    private Samples() {}

    static Landscape catalog(String id) {
        return Catalog.builtIn().byId(id).orElseThrow();
    }

    static Landscape leastSquares() {
        return landscapeFile("least_squares.json");
    }

    /** A file of sample-landscapes (the tests run in the project directory). */
    static Landscape landscapeFile(String name) {
        try {
            return new LandscapeFiles().load(Path.of("sample-landscapes", name));
        } catch (LandscapeFileException e) {
            throw new AssertionError(e);
        }
    }

    /** SGD with fBM noise (H = 0.3) on the iterate. */
    static RunSpec fbmRun() {
        return new RunSpec(OptimizerSpec.parse("sgd lr=0.05 momentum=0.5"), NoiseSpec.parse("fbm:hurst=0.3,sigma=0.2"),
                NoiseMode.ITERATE, new Point(0.1, -0.2), 200, 12, 0, Double.NaN);
    }

    /** Minibatch SGD with batches of 8 rows, plus white gradient noise. */
    static RunSpec minibatchRun() {
        return new RunSpec(OptimizerSpec.parse("sgd lr=0.02"), NoiseSpec.parse("white:sigma=0.05"), NoiseMode.GRADIENT,
                new Point(-0.5, 1.5), 150, 7, 8, Double.NaN);
    }

    /** Perturbed GD from the saddle: its own random perturbations. */
    static RunSpec pgdRun() {
        return new RunSpec(OptimizerSpec.parse("pgd lr=0.05 r=0.1 t_thres=10"), NoiseSpec.NONE, NoiseMode.ITERATE,
                new Point(0, 0), 60, 3, 0, 1000.0);
    }

    /** Whether two trajectories hold the same doubles, bit for bit. */
    static boolean sameBits(Trajectory a, Trajectory b) {
        if (a.size() != b.size() || a.divergedAt() != b.divergedAt()) return false;
        for (int k = 0; k < a.size(); k++) {
            if (bits(a.x(k)) != bits(b.x(k)) || bits(a.y(k)) != bits(b.y(k)) || bits(a.value(k)) != bits(b.value(k))
                    || bits(a.gradient(k).x()) != bits(b.gradient(k).x()) || bits(a.gradient(k).y()) != bits(b.gradient(k).y())) {
                return false;
            }
        }
        return true;
    }

    static long bits(double v) {
        return Double.doubleToLongBits(v); // sign of zero kept; NaN payloads are not numbers
    }
}
