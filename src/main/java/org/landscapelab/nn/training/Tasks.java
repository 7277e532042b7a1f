package org.landscapelab.nn.training;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.NetworkBudget;
import org.landscapelab.nn.experiments.AtInitialization;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;

/** Small seeded synthetic training sets that a network of the lab learns in seconds. */
public final class Tasks {
    private Tasks() {}

    /**
     * Regression onto a random teacher of the student's shape: inputs i.i.d. N(0, 1), targets the
     * teacher's outputs. The teacher is drawn by {@code init} from a seed derived from {@code seed}.
     */
    public static TrainingData transformerTeacher(TransformerSpec spec, Init init, int examples, long seed) {
        NetworkBudget.requireAtLeast1("examples", examples);
        SplittableRandom random = new SplittableRandom(seed);
        Transformer teacher = Transformer.initialized(spec, init, random.nextLong());
        DMatrixRMaj inputs = AtInitialization.gaussian(examples * spec.tokens(), spec.width(), random);
        DMatrixRMaj targets = teacher.forward(inputs).copy();
        return new TrainingData("transformer teacher, " + examples + " sequences", inputs, targets, spec.tokens());
    }

    /**
     * Regression onto a random MLP teacher of the student's shape on {@code examples} samples. With
     * batch norm the teacher sees all samples as one batch, so train the student on full batches.
     */
    public static TrainingData mlpTeacher(MlpSpec spec, Init init, int examples, long seed) {
        NetworkBudget.requireAtLeast1("examples", examples);
        SplittableRandom random = new SplittableRandom(seed);
        Mlp teacher = Mlp.initialized(spec, init, random.nextLong());
        DMatrixRMaj inputs = AtInitialization.gaussian(examples, spec.width(), random);
        DMatrixRMaj targets = teacher.forward(inputs).copy();
        return new TrainingData("mlp teacher, " + examples + " samples", inputs, targets, 1);
    }

    /**
     * A token task on sequences of spec.tokens() tokens drawn uniformly from a vocabulary of
     * {@code vocabulary} symbols. Each symbol and each position has a fixed random embedding,
     * normalized to zero mean and unit variance (the scale of a layer norm's output); input row k is
     * embed(token k) + position k, target row k is embed(target token k).
     */
    public static TrainingData tokens(TransformerSpec spec, TokenTask task, int vocabulary, int examples, long seed) {
        NetworkBudget.requireAtLeast1("examples", examples);
        if (vocabulary < 2) throw new IllegalArgumentException("vocabulary must be >= 2, got " + vocabulary);
        int n = spec.tokens(), d = spec.width();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] symbols = embeddings(vocabulary, d, random), positions = embeddings(n, d, random);
        DMatrixRMaj inputs = new DMatrixRMaj(examples * n, d), targets = new DMatrixRMaj(examples * n, d);
        int[] tokens = new int[n];
        for (int e = 0; e < examples; e++) {
            for (int k = 0; k < n; k++) tokens[k] = random.nextInt(vocabulary);
            int[] wanted = task.targets(tokens);
            for (int k = 0; k < n; k++) {
                int row = e * n + k;
                for (int c = 0; c < d; c++) {
                    inputs.set(row, c, symbols[tokens[k]][c] + positions[k][c]);
                    targets.set(row, c, symbols[wanted[k]][c]);
                }
            }
        }
        return new TrainingData(task.id() + " of " + n + " tokens from " + vocabulary + " symbols, " + examples + " sequences",
                inputs, targets, n);
    }

    private static double[][] embeddings(int count, int d, SplittableRandom random) {
        double[][] e = new double[count][d];
        for (double[] v : e) {
            double mean = 0, var = 0;
            for (int c = 0; c < d; c++) {
                v[c] = random.nextGaussian();
                mean += v[c] / d;
            }
            for (int c = 0; c < d; c++) var += (v[c] - mean) * (v[c] - mean) / d;
            double s = var > 0 ? 1 / Math.sqrt(var) : 0;
            for (int c = 0; c < d; c++) v[c] = (v[c] - mean) * s;
        }
        return e;
    }
}
