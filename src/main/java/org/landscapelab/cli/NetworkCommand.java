package org.landscapelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.LayerProbes;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.NetworkOverflowException;
import org.landscapelab.nn.experiments.DepthSweep;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.reference.Conformance;
import org.landscapelab.nn.reference.ReferenceCase;
import org.landscapelab.nn.reference.ReferenceCaseException;
import org.landscapelab.nn.reference.ReferenceTraining;
import org.landscapelab.nn.slice.DirectionFile;
import org.landscapelab.nn.slice.DirectionFileException;
import org.landscapelab.nn.slice.FullBatchLoss;
import org.landscapelab.nn.slice.NetworkSlice;
import org.landscapelab.nn.slice.SliceDirections;
import org.landscapelab.nn.slice.SliceGrid;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.landscapelab.optim.OptimizerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "network", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Small networks at initialization.",
                "--reference FILE: evaluate a reference case (src/test/resources/reference/networks/*.json) and print the largest "
                        + "relative errors as one JSON object.",
                "--sweep: for every depth L = 1..--depth, a fresh network of depth L; print each layer's probes and "
                        + "gradient norms, averaged over --seeds seeds, as CSV: depth,layer,<probes>,grad_norm_<parameter>...",
                "--reference FILE --slice DIRS.json [--grid K] [--range R]: the case's loss on the K x K grid over [-R, R]^2 "
                        + "of theta + alpha*d1 + beta*d2, as CSV: alpha,beta,loss,dloss_dalpha,dloss_dbeta (alpha-major).",
                "--reference FILE --train OPTIMIZER [--param NAME=VALUE]... --steps N: train the case's network full batch "
                        + "on its input and target; print CSV step,loss for steps 0..N."})
final class NetworkCommand implements Callable<Integer> {
    static final int DEFAULT_GRID = 41, DEFAULT_STEPS = 100;
    static final double DEFAULT_RANGE = 1;
    /** The slice's rows are spread over two threads: the machine the lab targets has two cores; the numbers do not depend on it. */
    static final int SLICE_THREADS = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--reference", paramLabel = "FILE", description = "A reference case file to evaluate.")
    Path reference;

    @Option(names = "--sweep", description = "Print per-layer probes for depths 1..--depth as CSV.")
    boolean sweep;

    @Option(names = "--slice", paramLabel = "DIRS.json", description = "With --reference: directions {\"d1\": layers, \"d2\": layers} "
            + "shaped like the case's layers; print the loss slice as CSV.")
    Path slice;

    @Option(names = "--grid", paramLabel = "K", description = "Points per side of the slice's grid (default 41).")
    Integer grid;

    @Option(names = "--range", paramLabel = "R", description = "The slice covers [-R, R]^2 (default 1).")
    Double range;

    @Option(names = "--train", paramLabel = "OPTIMIZER", description = "With --reference: train the case's network full batch "
            + "with sgd, adam, adamw, rmsprop or adagrad; print CSV step,loss.")
    String train;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A hyper-parameter of --train by its PyTorch name, "
            + "repeatable: --param lr=0.01 --param betas=0.9,0.999 --param weight_decay=0.1.")
    List<String> params = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "N", description = "Training steps for --train (default 100).")
    Integer steps;

    @Option(names = "--model", paramLabel = "M", defaultValue = "transformer", description = "transformer or mlp (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--depth", paramLabel = "L", description = "Largest depth (default 24 for transformer, 50 for mlp).")
    Integer depth;

    @Option(names = "--width", paramLabel = "D", description = "Width d (default 64 for transformer, 128 for mlp).")
    Integer width;

    @Option(names = "--heads", paramLabel = "H", description = "Attention heads, dividing the width (transformer; default 4).")
    Integer heads;

    @Option(names = "--tokens", paramLabel = "N", description = "Tokens per sequence (transformer; default 32).")
    Integer tokens;

    @Option(names = "--ffn-width", paramLabel = "F", description = "FFN hidden width (transformer; default 4 x width).")
    Integer ffnWidth;

    @Option(names = "--norm", paramLabel = "P", description = "post-ln or pre-ln (transformer; default post-ln).")
    String norm;

    @Option(names = "--residual-scale", paramLabel = "A", description = "Residual scale a, a number or 1/sqrt(L) (transformer; default 1).")
    String residualScale;

    @Option(names = "--batch", paramLabel = "B", description = "Batch size (mlp; default 32).")
    Integer batch;

    @Option(names = "--activation", paramLabel = "F", description = "relu or linear (mlp; default relu).")
    String activation;

    @Option(names = "--batch-norm", paramLabel = "true|false", description = "Batch norm after each layer (mlp; default true).")
    String batchNorm;

    @Option(names = "--init", paramLabel = "I", description = "fan-in, xavier or he (default: he for a relu mlp, fan-in otherwise).")
    String init;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "3", description = "Seeds 0..K-1 to average over (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Override
    public Integer call() throws IOException {
        if (reference != null && sweep) throw new UsageException("give either --reference FILE or --sweep, not both");
        if (slice != null && train != null) throw new UsageException("give either --slice or --train, not both");
        if ((slice != null || train != null) && reference == null) {
            throw new UsageException((slice != null ? "--slice" : "--train") + " needs --reference FILE");
        }
        if (slice == null && (grid != null || range != null)) throw new UsageException((grid != null ? "--grid" : "--range") + " needs --slice");
        if (train == null && (steps != null || !params.isEmpty())) throw new UsageException((steps != null ? "--steps" : "--param") + " needs --train");
        if (slice != null) return printSlice();
        if (train != null) return printTraining();
        if (reference != null) return evaluateReference();
        if (sweep) return printSweep();
        throw new UsageException("give --reference FILE or --sweep");
    }

    private int evaluateReference() throws IOException {
        ReferenceCase referenceCase = readReference();
        Conformance c;
        try {
            c = referenceCase.evaluate();
        } catch (ReferenceCaseException e) {
            throw new UsageException("--reference: " + e.getMessage());
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        json.put("case", reference.getFileName().toString());
        json.put("max_rel_error_output", c.maxRelError(Conformance.Kind.OUTPUT));
        json.put("max_rel_error_loss", c.maxRelError(Conformance.Kind.LOSS));
        json.put("max_rel_error_grads", c.maxRelError(Conformance.Kind.GRADS));
        json.put("max_rel_error_probes", c.maxRelError(Conformance.Kind.PROBES));
        if (c.checks().stream().anyMatch(k -> k.kind() == Conformance.Kind.GRAD_NORMS)) {
            json.put("max_rel_error_grad_norms", c.maxRelError(Conformance.Kind.GRAD_NORMS));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(mapper.writeValueAsString(json));
        out.flush();
        return 0;
    }

    private ReferenceCase readReference() {
        if (!Files.isRegularFile(reference)) throw new UsageException("--reference: no such file: " + reference);
        try {
            return ReferenceCase.read(reference);
        } catch (ReferenceCaseException e) {
            throw new UsageException("--reference: " + e.getMessage());
        }
    }

    private int printSlice() {
        int k = or(grid, DEFAULT_GRID);
        double r = range == null ? DEFAULT_RANGE : range;
        try {
            SliceGrid.checkSize(k);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--grid: " + e.getMessage());
        }
        try {
            SliceGrid.checkRange(r);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--range: " + e.getMessage());
        }
        ReferenceCase c = readReference();
        if (!Files.isRegularFile(slice)) throw new UsageException("--slice: no such file: " + slice);
        SliceDirections d;
        try {
            d = DirectionFile.read(slice, c.network());
        } catch (DirectionFileException e) {
            throw new UsageException(e.getMessage());
        }
        NetworkSlice s = new NetworkSlice(new FullBatchLoss(c.network(), c.input(), c.target()),
                ParameterVector.values(c.network().parameters()), d.d1(), d.d2());
        SliceGrid g = SliceGrid.evaluate(s, k, r, SLICE_THREADS, SliceGrid.QUIETLY);
        PrintWriter out = spec.commandLine().getOut();
        out.println("alpha,beta,loss,dloss_dalpha,dloss_dbeta");
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int p = i * k + j;
                out.println(Csv.row(g.coordinates()[i], g.coordinates()[j], g.loss()[p], g.dAlpha()[p], g.dBeta()[p]));
            }
        }
        out.flush();
        return 0;
    }

    private int printTraining() {
        OptimizerSpec o;
        try {
            o = OptimizerSpec.parse(train, params);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--train/--param: " + e.getMessage());
        }
        int n = or(steps, DEFAULT_STEPS);
        try {
            ReferenceTraining.check(o, n);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--train/--steps: " + e.getMessage());
        }
        ReferenceTraining.Run run = ReferenceTraining.train(readReference(), o, n);
        PrintWriter out = spec.commandLine().getOut();
        out.println("step,loss");
        for (int k = 0; k <= n; k++) out.println(Csv.row(k, run.losses()[k]));
        out.flush();
        return 0;
    }

    private int printSweep() {
        atLeast1("--seeds", seeds);
        List<DepthSweep.Row> rows;
        try {
            rows = sweepRows();
        } catch (NetworkOverflowException e) {
            throw new UsageException("the network's numbers overflow: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // The sizes (nn.NetworkBudget), a batch of one sample: checked by the core before anything is allocated.
            throw new UsageException(e.getMessage());
        }
        printRows(rows);
        return 0;
    }

    private List<DepthSweep.Row> sweepRows() {
        List<DepthSweep.Row> rows;
        if (model.equals("transformer")) {
            rejectFor("transformer", "--batch", batch, "--activation", activation, "--batch-norm", batchNorm);
            int w = atLeast1("--width", or(width, 64)), h = atLeast1("--heads", or(heads, 4));
            if (w % h != 0) throw new UsageException("--width must be a multiple of --heads, got " + w + " and " + h);
            TransformerSpec s = new TransformerSpec(atLeast1("--tokens", or(tokens, 32)), w, h, atLeast1("--depth", or(depth, 24)),
                    parse("--norm", norm == null ? "post-ln" : norm, Norm::fromId), 1.0,
                    atLeast1("--ffn-width", or(ffnWidth, TransformerSpec.defaultFfnWidth(w))), TransformerSpec.DEFAULT_LN_EPS);
            ResidualScale a = parse("--residual-scale", residualScale == null ? "1" : residualScale, ResidualScale::parse);
            rows = DepthSweep.transformer(s, a, parse("--init", init == null ? "fan-in" : init, Init::fromId), seeds);
        } else if (model.equals("mlp")) {
            rejectFor("mlp", "--heads", heads, "--tokens", tokens, "--norm", norm, "--residual-scale", residualScale, "--ffn-width", ffnWidth);
            Activation act = parse("--activation", activation == null ? "relu" : activation, Activation::fromId);
            MlpSpec s = MlpSpec.of(atLeast1("--width", or(width, 128)), atLeast1("--depth", or(depth, 50)), act,
                    bool("--batch-norm", batchNorm == null ? "true" : batchNorm));
            Init i = init == null ? Init.forActivation(act) : parse("--init", init, Init::fromId);
            rows = DepthSweep.mlp(s, atLeast1("--batch", or(batch, 32)), i, seeds);
        } else {
            throw new UsageException("--model must be transformer or mlp, got '" + model + "'");
        }
        return rows;
    }

    private void printRows(List<DepthSweep.Row> rows) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> params = List.copyOf(rows.get(0).report().gradNorms().keySet());
        List<Object> header = new ArrayList<>(List.of("depth", "layer"));
        header.addAll(LayerProbes.NAMES);
        for (String p : params) header.add("grad_norm_" + p);
        out.println(Csv.row(header.toArray()));
        for (DepthSweep.Row r : rows) {
            List<Object> fields = new ArrayList<>(List.of(r.depth(), r.report().layer()));
            fields.addAll(r.report().probes().asMap().values());
            for (String p : params) fields.add(r.report().gradNorm(p));
            out.println(Csv.row(fields.toArray()));
        }
        out.flush();
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static int atLeast1(String option, int value) {
        if (value < 1) throw new UsageException(option + " must be >= 1, got " + value);
        return value;
    }

    private static boolean bool(String option, String text) {
        if (text.equals("true")) return true;
        if (text.equals("false")) return false;
        throw new UsageException(option + " must be true or false, got '" + text + "'");
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String option, String text, Parser<T> parser) {
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** Options of the other model are mistakes, not something to ignore silently. */
    private static void rejectFor(String modelName, Object... optionsAndValues) {
        for (int i = 0; i < optionsAndValues.length; i += 2) {
            if (optionsAndValues[i + 1] != null) {
                throw new UsageException(optionsAndValues[i] + " does not apply to --model " + modelName);
            }
        }
    }
}
