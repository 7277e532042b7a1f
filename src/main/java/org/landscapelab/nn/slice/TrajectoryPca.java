package org.landscapelab.nn.slice;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.optim.Vectors;

/**
 * The first two principal components of a training trajectory (Li et al. 2018, §7): of the
 * differences θ_t − θ_last between each recorded parameter vector and the last one, which is the
 * slice's centre. Computed through the T×T Gram matrix of the differences, since a trajectory has
 * far fewer points than the network has parameters.
 */
public final class TrajectoryPca {
    /**
     * Most trajectory points: the Gram matrix is points² doubles (32 MB at 2,000) and its eigen
     * decomposition points³; a longer run should be subsampled first.
     */
    public static final int MAX_POINTS = 2000;

    /** The directions (unit vectors, d1 the first component) and the fraction of the variance each explains. */
    public record Result(SliceDirections directions, double explained1, double explained2) {}

    private TrajectoryPca() {}

    /** Needs at least 3 points (two differences) of equal length whose differences span a plane. */
    public static Result top2(List<double[]> trajectory) {
        int t = trajectory.size();
        if (t < 3 || t > MAX_POINTS) throw new IllegalArgumentException("a trajectory for PCA needs 3 to " + MAX_POINTS + " points, got " + t);
        double[] last = trajectory.get(t - 1);
        int n = last.length;
        double[][] diffs = new double[t - 1][];
        for (int i = 0; i < t - 1; i++) {
            double[] p = trajectory.get(i);
            if (p.length != n) throw new IllegalArgumentException("point " + i + " has " + p.length + " entries, the last point " + n);
            diffs[i] = new double[n];
            for (int j = 0; j < n; j++) diffs[i][j] = p[j] - last[j];
        }
        DMatrixRMaj gram = new DMatrixRMaj(t - 1, t - 1);
        double total = 0;
        for (int i = 0; i < t - 1; i++) {
            for (int j = 0; j <= i; j++) {
                double g = Vectors.dot(diffs[i], diffs[j]);
                gram.set(i, j, g);
                gram.set(j, i, g);
            }
            total += gram.get(i, i);
        }
        TopEigen top = TopEigen.of(gram, 2);
        if (!(top.values[1] > 1e-12 * top.values[0])) {
            throw new IllegalArgumentException("the trajectory moves along a line or not at all: its second principal component is 0");
        }
        double[][] components = new double[2][n];
        for (int e = 0; e < 2; e++) {
            for (int i = 0; i < t - 1; i++) Vectors.addScaled(components[e], top.vectors[e][i], diffs[i]);
            Vectors.scale(components[e], 1 / Vectors.norm(components[e]));
        }
        return new Result(new SliceDirections(components[0], components[1]), top.values[0] / total, top.values[1] / total);
    }
}
