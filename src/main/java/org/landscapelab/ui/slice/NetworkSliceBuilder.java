package org.landscapelab.ui.slice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;
import org.landscapelab.landscape.Point;
import org.landscapelab.landscape.ValueGrid;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.slice.FullBatchLoss;
import org.landscapelab.nn.slice.HessianDirections;
import org.landscapelab.nn.slice.NetworkSlice;
import org.landscapelab.nn.slice.SliceDirections;
import org.landscapelab.nn.slice.SliceGrid;
import org.landscapelab.nn.slice.SliceKernel;
import org.landscapelab.nn.slice.TrajectoryPca;
import org.landscapelab.nn.training.NetworkSettings;
import org.landscapelab.nn.training.TrainingData;

/**
 * Builds the landscape of a network slice, off the FX thread: the network and data the settings and
 * seed give, the loss on the whole data set, the two directions, the K × K grid (the long part,
 * with progress and cancel), then the critical points (Newton from the grid, on the exact slice).
 * No JavaFX: the view model runs it and tests call it directly.
 */
public final class NetworkSliceBuilder {
    /** Id of every slice landscape; two slices are told apart by their grids. */
    public static final String ID = "network-slice";

    /** What the builder reports as it goes, and how it is cancelled; called from worker threads. */
    public interface Listener {
        /** {@code fraction} of the work is done; {@code stage} says what is being computed. */
        void progress(String stage, double fraction);

        boolean cancelled();
    }

    /** The slice as a landscape, and the training trajectory projected on its plane (empty without one). */
    public record Result(Landscape landscape, List<Point> trajectory) {}

    private NetworkSliceBuilder() {}

    public static Result build(SliceRequest r, int threads, Listener listener) {
        Network network = r.settings().network(r.networkSeed());
        TrainingData all = r.settings().data(network, r.networkSeed());
        TrainingData data = r.oneBatch() ? firstBatch(r.settings(), all) : all;
        FullBatchLoss loss = new FullBatchLoss(network, data.inputs(), data.targets());
        List<double[]> trajectory = r.trajectory();
        if (!r.centre().atInitialization()) {
            int n = ParameterVector.size(network.parameters());
            if (r.centre().theta().length != n) {
                throw new IllegalArgumentException("the centre has " + r.centre().theta().length + " parameters, the network " + n
                        + ": its settings changed since the training run");
            }
            ParameterVector.setValues(network.parameters(), r.centre().theta());
        }
        double[] theta = ParameterVector.values(network.parameters());
        listener.progress("choosing the directions", 0);
        String how;
        SliceDirections d;
        switch (r.directions()) {
            case RANDOM -> {
                d = SliceDirections.filterNormalized(network.parameters(), r.directionSeed());
                how = "two random Gaussian directions (seed " + r.directionSeed() + "), filter-normalized: each neuron's incoming"
                        + " weights rescaled to the norm of that neuron's weights (Li et al. 2018)";
            }
            case HESSIAN -> {
                HessianDirections.Result h = HessianDirections.top2(loss, theta, SliceRequest.LANCZOS_STEPS, r.directionSeed());
                d = h.directions();
                how = String.format(Locale.ROOT, "the Hessian's top two eigenvectors (eigenvalues %.4g and %.4g; %d Lanczos steps"
                        + " on Hessian-vector products, start seed %d)", h.lambda1(), h.lambda2(), SliceRequest.LANCZOS_STEPS, r.directionSeed());
            }
            default -> {
                TrajectoryPca.Result p = TrajectoryPca.top2(trajectory);
                d = p.directions();
                how = String.format(Locale.ROOT, "the first two principal components of the training trajectory of %d points"
                        + " (%.0f%% and %.0f%% of its variance)", trajectory.size(), 100 * p.explained1(), 100 * p.explained2());
            }
        }
        if (listener.cancelled()) throw new CancellationException("the slice was cancelled");
        NetworkSlice slice = new NetworkSlice(loss, theta, d.d1(), d.d2());
        SliceGrid grid = SliceGrid.evaluate(slice, r.size(), r.range(), threads, new SliceGrid.Listener() {
            @Override
            public void progress(int rowsDone, int rows) {
                listener.progress("computing the grid", 0.9 * rowsDone / rows);
            }

            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        });
        ValueGrid values = new ValueGrid(grid.coordinates(), grid.loss(), grid.dAlpha(), grid.dBeta());
        LandscapeFunction f = new SliceKernel(slice).function();
        Landscape landscape = Landscape.ofGrid(ID, r.title(), description(r, all, data, how), f, values, List.of("α", "β"));
        listener.progress("finding the critical points", 0.9);
        values.critical(f);
        List<Point> projected = new ArrayList<>();
        for (double[] p : trajectory) {
            double[] c = slice.coordinates(p);
            projected.add(new Point(c[0], c[1]));
        }
        listener.progress("done", 1);
        return new Result(landscape, projected);
    }

    /**
     * Seconds one point of the grid takes for this network (its loss and gradient on the whole data
     * set, one backpropagation), measured after a warm-up: what the dialog's time estimate multiplies
     * (by the fraction of the rows for a slice over one batch).
     */
    public static PointTime secondsPerPoint(NetworkSettings settings, long seed) {
        Network network = settings.network(seed);
        TrainingData data = settings.data(network, seed);
        FullBatchLoss loss = new FullBatchLoss(network, data.inputs(), data.targets());
        double[] theta = ParameterVector.values(network.parameters());
        SliceDirections d = SliceDirections.filterNormalized(network.parameters(), 1);
        NetworkSlice slice = new NetworkSlice(loss, theta, d.d1(), d.d2());
        double[] g = new double[2];
        // Warm up the JIT (a cold first call takes several times longer): a few calls, a quarter second at most.
        long warm = System.nanoTime();
        for (int k = 0; k < 10 && System.nanoTime() - warm < 250_000_000L; k++) slice.gradient(0.1, 0.1, g);
        int runs = 3;
        long start = System.nanoTime();
        for (int k = 0; k < runs; k++) slice.gradient(0.1 * k, -0.1 * k, g);
        return new PointTime((System.nanoTime() - start) * 1e-9 / runs, data.examples(), settings.batchSize(data));
    }

    /** Seconds per point of a slice over the whole training set of {@code examples}, and the examples of one batch. */
    public record PointTime(double seconds, int examples, int batch) {
        /** Seconds per point over the whole set or (in proportion to the rows) over one batch. */
        public double seconds(boolean oneBatch) {
            return oneBatch ? seconds * batch / examples : seconds;
        }
    }

    /**
     * The time the slice will take, in words, from {@link #secondsPerPoint}: the grid's K² points on
     * {@code threads} threads, the Hessian directions' 2 × {@link SliceRequest#LANCZOS_STEPS} and the
     * critical points' (at most ~40 Hessians of 5 backpropagations each) one after another.
     */
    public static String estimate(double secondsPerPoint, int size, int threads, SliceRequest.Directions directions) {
        double points = (double) size * size / threads + 200 + (directions == SliceRequest.Directions.HESSIAN ? 2 * SliceRequest.LANCZOS_STEPS : 0);
        double seconds = points * secondsPerPoint;
        String time = seconds < 1 ? "under a second" : seconds < 90 ? String.format(Locale.ROOT, "about %.0f s", seconds)
                : String.format(Locale.ROOT, "about %.0f min", seconds / 60);
        return String.format(Locale.ROOT, "%s: %,d points at %.1f ms each on %d thread%s", time, (long) size * size,
                secondsPerPoint * 1e3, threads, threads == 1 ? "" : "s");
    }

    /** How the slice was made, in words: what the landscape panel shows in place of an expression. */
    static String description(SliceRequest r, TrainingData all, TrainingData data, String how) {
        String shape = r.settings().asText().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String where = r.centre().atInitialization() ? "at initialization (seed " + r.networkSeed() + ")" : r.centre().words();
        String over = data == all ? "its loss on the whole training set (" + all.examples() + " examples: " + all.description() + ")"
                : "its loss on the first training batch (" + data.examples() + " of the " + all.examples() + " examples: " + all.description() + ")";
        return String.format(Locale.ROOT, "f(α, β) = loss(θ + α·d1 + β·d2): the %s (%s) %s, %s. d1, d2: %s. Computed once on a %d × %d grid over [−%s, %s]², which the heatmap,"
                + " contours and saddle regions interpolate. The gradient is exact (backpropagation, projected on d1 and d2);"
                + " the 2×2 Hessian dᵢᵀ H dⱼ is by finite differences of exact gradients.",
                r.networkName().toLowerCase(Locale.ROOT), shape, where, over, how, r.size(), r.size(),
                plain(r.range()), plain(r.range()));
    }

    /** The first training batch: as many examples as one training step takes. */
    static TrainingData firstBatch(NetworkSettings settings, TrainingData all) {
        int rows = settings.batchSize(all) * all.rowsPerExample();
        DMatrixRMaj in = CommonOps_DDRM.extract(all.inputs(), 0, rows, 0, all.width());
        DMatrixRMaj out = CommonOps_DDRM.extract(all.targets(), 0, rows, 0, all.width());
        return new TrainingData(all.description(), in, out, all.rowsPerExample());
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
