package org.landscapelab.nn.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.NetworkBudget;
import org.landscapelab.nn.NetworkOverflowException;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;

/**
 * Probes of freshly initialized networks, averaged over seeds 0 … seeds−1: the experiments of
 * "rank collapse in transformers at initialization" and "batch norm avoids rank collapse".
 * For seed s the network is drawn from s and the input and target, i.i.d. N(0, 1), from
 * {@link #dataRandom(long)}; the gradients are those of the loss against that target.
 */
public final class AtInitialization {
    private AtInitialization() {}

    /** Per-layer reports of a transformer on one sequence of spec.tokens() tokens. */
    public static List<LayerReport> transformer(TransformerSpec spec, Init init, int seeds) {
        requireSeeds(seeds);
        if (spec.tokens() < 2) {
            throw new IllegalArgumentException("tokens must be >= 2, got " + spec.tokens()
                    + ": the probes compare the tokens of a sequence (the mean cosine is over pairs)");
        }
        List<List<LayerReport>> runs = new ArrayList<>();
        for (long s = 0; s < seeds; s++) {
            Transformer net = Transformer.initialized(spec, init, s);
            SplittableRandom data = dataRandom(s);
            net.lossAndGradient(gaussian(spec.tokens(), spec.width(), data), gaussian(spec.tokens(), spec.width(), data));
            runs.add(net.report());
        }
        return average(runs);
    }

    /** Per-layer reports of an MLP on a batch of {@code batch} samples. */
    public static List<LayerReport> mlp(MlpSpec spec, int batch, Init init, int seeds) {
        requireSeeds(seeds);
        requireBatch(spec, batch);
        spec.requireFits(batch);
        List<List<LayerReport>> runs = new ArrayList<>();
        for (long s = 0; s < seeds; s++) {
            Mlp net = Mlp.initialized(spec, init, s);
            SplittableRandom data = dataRandom(s);
            net.lossAndGradient(gaussian(batch, spec.width(), data), gaussian(batch, spec.width(), data));
            runs.add(net.report());
        }
        return average(runs);
    }

    /** The generator of the input and target for seed s, independent of the network's. */
    public static SplittableRandom dataRandom(long seed) {
        return new SplittableRandom(seed).split();
    }

    /** A rows × cols matrix of i.i.d. N(0, 1) entries. */
    public static DMatrixRMaj gaussian(int rows, int cols, SplittableRandom random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) m.data[i] = random.nextGaussian();
        return m;
    }

    /** A batch of at least 2 samples: the probes and batch norm both need more than one. */
    static void requireBatch(MlpSpec spec, int batch) {
        if (batch >= 2) return;
        throw new IllegalArgumentException("batch must be >= 2, got " + batch + (spec.batchNorm()
                ? ": batch norm of one sample is undefined (the sample is its own batch mean, its variance is 0), every output would be 0"
                : ": the probes compare the samples of a batch (the mean cosine is over pairs)"));
    }

    /** Means over seeds; a mean that overflowed (huge gradient norms) is refused like an overflowing layer. */
    private static List<LayerReport> average(List<List<LayerReport>> runs) {
        List<LayerReport> mean = new ArrayList<>();
        for (int l = 0; l < runs.get(0).size(); l++) {
            List<LayerReport> layer = new ArrayList<>();
            for (List<LayerReport> run : runs) layer.add(run.get(l));
            LayerReport m = LayerReport.mean(layer);
            List<Double> numbers = new ArrayList<>(m.probes().asMap().values());
            numbers.addAll(m.gradNorms().values());
            if (!numbers.stream().allMatch(Double::isFinite)) {
                throw new NetworkOverflowException("layer " + m.layer() + ": the mean over " + runs.size() + " seeds overflowed float64: " + m);
            }
            mean.add(m);
        }
        return List.copyOf(mean);
    }

    private static void requireSeeds(int seeds) {
        NetworkBudget.requireAtLeast1("seeds", seeds);
    }
}
