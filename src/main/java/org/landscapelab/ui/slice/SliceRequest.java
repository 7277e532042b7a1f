package org.landscapelab.ui.slice;

import java.util.List;
import java.util.Objects;
import org.landscapelab.nn.slice.SliceGrid;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.nn.training.TransformerSettings;

/**
 * What the "Landscape from the network" dialog asks: the network (a panel's settings and seed: the
 * network and data that seed gives at initialization), the directions, the grid K × K over
 * [−R, R]², the directions' seed, optionally a training trajectory (parameter vectors, the last
 * one the current step), which the slice is then drawn through, whether the loss is over the whole
 * training set or over its first batch only (as many examples as a training step uses: a fraction
 * of the time, the landscape one step of SGD sees), and the centre θ: the network at
 * initialization or the parameters at a training step.
 */
public record SliceRequest(NetworkSettings settings, long networkSeed, Directions directions, int size, double range,
                           long directionSeed, List<double[]> trajectory, boolean oneBatch, Centre centre) {
    /** K the dialog proposes: 4,096 backpropagations, seconds for the panels' default networks. */
    public static final int DEFAULT_SIZE = 64;
    /** R the dialog proposes: one filter-normalized direction's length either way. */
    public static final double DEFAULT_RANGE = 1;
    /** Lanczos steps for the Hessian directions (two backpropagations each). */
    public static final int LANCZOS_STEPS = 20;

    /** The three ways to choose the plane, in the words the dialog and the landscape's name use. */
    public enum Directions {
        RANDOM("random directions, filter-normalized"),
        HESSIAN("top-2 Hessian eigenvectors"),
        TRAJECTORY("trajectory PCA");

        private final String label;

        Directions(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The slice's centre θ: the network at initialization ({@code theta} null), or trained parameters, said in words. */
    public record Centre(double[] theta, String words) {
        public static final Centre INITIALIZATION = new Centre(null, "at initialization");

        public Centre {
            Objects.requireNonNull(words, "words");
        }

        /** θ after {@code step} updates of a training run. */
        public static Centre atStep(long step, double[] theta) {
            return new Centre(Objects.requireNonNull(theta, "theta"), "at training step " + step);
        }

        public boolean atInitialization() {
            return theta == null;
        }
    }

    /** Centred on the last point of the trajectory (the current step), or at initialization without one. */
    public SliceRequest(NetworkSettings settings, long networkSeed, Directions directions, int size, double range, long directionSeed,
                        List<double[]> trajectory, boolean oneBatch) {
        this(settings, networkSeed, directions, size, range, directionSeed, trajectory, oneBatch, trajectory.isEmpty() ? Centre.INITIALIZATION
                : new Centre(trajectory.get(trajectory.size() - 1), "at the last of " + trajectory.size() + " recorded training steps"));
    }

    /** The loss over the whole training set, the slice the issue asks for. */
    public SliceRequest(NetworkSettings settings, long networkSeed, Directions directions, int size, double range, long directionSeed,
                        List<double[]> trajectory) {
        this(settings, networkSeed, directions, size, range, directionSeed, trajectory, false);
    }

    public SliceRequest {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(directions, "directions");
        Objects.requireNonNull(centre, "centre");
        SliceGrid.checkSize(size);
        SliceGrid.checkRange(range);
        trajectory = List.copyOf(trajectory);
        if (directions == Directions.TRAJECTORY && trajectory.size() < 3) {
            throw new IllegalArgumentException(trajectoryMissing(trajectory));
        }
    }

    /** Why trajectory PCA cannot be chosen with this trajectory, or "" if it can. */
    public static String trajectoryMissing(List<double[]> trajectory) {
        if (trajectory.size() >= 3) return "";
        return trajectory.isEmpty() ? "needs a training run: there is no trajectory yet"
                : "needs at least 3 recorded training steps, there are " + trajectory.size();
    }

    /** "Transformer" or "Batch-norm network", as the tabs name them. */
    public String networkName() {
        return settings instanceof TransformerSettings ? "Transformer" : "Batch-norm network";
    }

    /** The landscape's name, e.g. "Transformer slice (random directions, filter-normalized)". */
    public String title() {
        return networkName() + " slice (" + directions + ")";
    }
}
