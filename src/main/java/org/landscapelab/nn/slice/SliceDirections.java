package org.landscapelab.nn.slice;

import java.util.List;
import java.util.SplittableRandom;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.ParameterVector;

/**
 * Two directions in a network's flattened parameter space ({@link ParameterVector} order) that span
 * a slice, and the random ones with filter normalization (Li et al. 2018). The other two kinds are
 * {@link HessianDirections} and {@link TrajectoryPca}.
 */
public record SliceDirections(double[] d1, double[] d2) {

    public SliceDirections {
        if (d1.length != d2.length) throw new IllegalArgumentException("d1 has " + d1.length + " entries, d2 " + d2.length);
        d1 = d1.clone();
        d2 = d2.clone();
    }

    @Override
    public double[] d1() {
        return d1.clone();
    }

    @Override
    public double[] d2() {
        return d2.clone();
    }

    /**
     * Two seeded Gaussian directions, filter-normalized: in each parameter (shaped for X·W), each
     * column — the weights into one neuron — is rescaled to the norm of that column of the
     * parameter's current value. A bias or a batch-norm γ or β is a row, so each of its entries
     * gets the magnitude of its own value (0 for a zero bias, which the slice then leaves fixed).
     * d1 is drawn first, then d2, parameter by parameter, row-major.
     */
    public static SliceDirections filterNormalized(List<ParameterTensor> parameters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new SliceDirections(filterNormalized(parameters, random), filterNormalized(parameters, random));
    }

    private static double[] filterNormalized(List<ParameterTensor> parameters, SplittableRandom random) {
        double[] d = new double[ParameterVector.size(parameters)];
        int offset = 0;
        for (ParameterTensor p : parameters) {
            int rows = p.value().numRows, cols = p.value().numCols;
            double[] value = p.value().data;
            for (int i = 0; i < rows * cols; i++) d[offset + i] = random.nextGaussian();
            for (int c = 0; c < cols; c++) {
                double wanted = 0, drawn = 0;
                for (int r = 0; r < rows; r++) {
                    wanted += value[r * cols + c] * value[r * cols + c];
                    drawn += d[offset + r * cols + c] * d[offset + r * cols + c];
                }
                double factor = drawn > 0 ? Math.sqrt(wanted / drawn) : 0;
                for (int r = 0; r < rows; r++) d[offset + r * cols + c] *= factor;
            }
            offset += rows * cols;
        }
        return d;
    }
}
