package org.landscapelab.nn.reference;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.LayerProbes;
import org.landscapelab.nn.LayerReport;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.NetworkOverflowException;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.mlp.Mlp;
import org.landscapelab.nn.mlp.MlpSpec;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.Transformer;
import org.landscapelab.nn.transformer.TransformerSpec;

/**
 * A reference case (src/test/resources/reference/networks/*.json, computed by PyTorch autograd in float64):
 * a network's spec and weights, an input and a target, and the expected output, loss, gradients,
 * gradient norms and probes. The whole file is read and checked first (every field present, every
 * array of the network's shape, every number finite), so that {@link #evaluate()} cannot fail;
 * {@link #evaluate()} runs our network on it and compares: each array relative to its own largest
 * magnitude (see {@link Conformance}), except gradients that are 0 in exact arithmetic (see {@link #EXACT_ZERO}).
 */
public final class ReferenceCase {
    /**
     * A reference gradient array whose largest entry is below this fraction of the case's largest
     * gradient entry is taken as exactly 0 with rounding noise (~1e-16), which no other float64
     * evaluation order reproduces: both it and ours must then be that small relative to the case.
     */
    static final double EXACT_ZERO = 1e-12;

    /** The shipped cases are under 0.5 MB; a file of 64 MiB is far beyond any case worth comparing. */
    static final long MAX_BYTES = 64L << 20;

    private final String name;
    private final Network network;
    private final DMatrixRMaj input, target;
    private final double[] output;
    private final double loss;
    /** Per layer, the expected gradient of each parameter, by name. */
    private final List<Map<String, double[]>> grads = new ArrayList<>();
    /** Per layer, expected values by name; grad_norms is optional (empty), probes is not. */
    private final List<Map<String, Double>> gradNorms, probes;

    private ReferenceCase(String name, JsonNode root) throws ReferenceCaseException {
        this.name = name;
        CaseFields f = new CaseFields(name);
        if (!root.isObject()) throw f.error("", "expected a JSON object");
        String kind = f.text(root, "kind");
        JsonNode spec = f.object(root, "spec", "spec");
        input = f.matrix(root, "input", "input");
        network = switch (kind) {
            case "transformer" -> transformer(f, spec, input.numRows);
            case "mlp" -> mlp(f, spec, input.numRows);
            default -> throw f.error("kind", "unknown kind '" + kind + "', expected transformer or mlp");
        };
        if (input.numCols != network.width() || (network instanceof Transformer t && input.numRows % t.spec().tokens() != 0)) {
            throw f.error("input", "expected " + (network.probeGroupRows() > 0 ? "a multiple of " + network.probeGroupRows() : "some")
                    + " rows of " + network.width() + " columns, got " + input.numRows + " x " + input.numCols);
        }
        target = f.matrix(root, "target", "target");
        f.requireShape(target, input.numRows, input.numCols, "target");
        DMatrixRMaj out = f.matrix(root, "output", "output");
        f.requireShape(out, input.numRows, input.numCols, "output");
        output = out.data;
        loss = f.number(root, "loss", "loss");
        JsonNode layers = f.perLayer(root, "layers", network.depth());
        JsonNode gradNodes = f.perLayer(root, "grads", network.depth());
        for (int l = 0; l < network.depth(); l++) {
            Map<String, double[]> expected = new LinkedHashMap<>();
            for (ParameterTensor p : network.layerParameters(l)) {
                String path = "[" + l + "]." + p.name();
                DMatrixRMaj value = f.matrix(f.object(layers, l, "layers[" + l + "]"), p.name(), "layers" + path);
                f.requireShape(value, p.value().numRows, p.value().numCols, "layers" + path);
                p.set(value);
                DMatrixRMaj grad = f.matrix(f.object(gradNodes, l, "grads[" + l + "]"), p.name(), "grads" + path);
                f.requireShape(grad, p.value().numRows, p.value().numCols, "grads" + path);
                expected.put(p.name(), grad.data);
            }
            grads.add(expected);
        }
        List<String> parameterNames = network.layerParameters(0).stream().map(ParameterTensor::name).toList();
        gradNorms = root.has("grad_norms") ? f.namedNumbers(root, "grad_norms", network.depth(), parameterNames) : List.of();
        probes = f.namedNumbers(root, "probes", network.depth(), LayerProbes.NAMES);
    }

    private static Transformer transformer(CaseFields f, JsonNode spec, int rows) throws ReferenceCaseException {
        TransformerSpec s = f.spec(() -> new TransformerSpec(f.integer(spec, "tokens", "spec.tokens"), f.integer(spec, "width", "spec.width"),
                f.integer(spec, "heads", "spec.heads"), f.integer(spec, "depth", "spec.depth"), Norm.fromId(f.text(spec, "norm", "spec.norm")),
                f.number(spec, "residual_scale", "spec.residual_scale"), f.integer(spec, "ffn_width", "spec.ffn_width"),
                f.number(spec, "ln_eps", "spec.ln_eps")));
        f.spec(() -> {
            s.requireFits(rows);
            return s;
        });
        return new Transformer(s);
    }

    private static Mlp mlp(CaseFields f, JsonNode spec, int rows) throws ReferenceCaseException {
        MlpSpec s = f.spec(() -> new MlpSpec(f.integer(spec, "width", "spec.width"), f.integer(spec, "depth", "spec.depth"),
                Activation.fromId(f.text(spec, "activation", "spec.activation")), f.bool(spec, "batch_norm", "spec.batch_norm"),
                f.number(spec, "bn_eps", "spec.bn_eps")));
        f.spec(() -> {
            s.requireFits(rows);
            return s;
        });
        return new Mlp(s);
    }

    public static ReferenceCase read(Path file) throws ReferenceCaseException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) throw new ReferenceCaseException(name, "", "file is larger than " + (MAX_BYTES >> 20) + " MiB");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReferenceCaseException(name, "", "cannot read: " + e.getMessage());
        }
        return read(bytes, name);
    }

    /** Reads a case from its bytes; {@code name} names it in errors. */
    static ReferenceCase read(byte[] json, String name) throws ReferenceCaseException {
        JsonNode root;
        try {
            root = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReferenceCaseException(name, "", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ReferenceCaseException(name, "", "cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) throw new ReferenceCaseException(name, "", "the file is empty");
        return new ReferenceCase(name, root);
    }

    public String name() {
        return name;
    }

    /** The network with the case's weights. */
    public Network network() {
        return network;
    }

    /** A copy of the case's input. */
    public DMatrixRMaj input() {
        return input.copy();
    }

    /** A copy of the case's target. */
    public DMatrixRMaj target() {
        return target.copy();
    }

    /**
     * Forward and backward on the case's input and target, compared with the expected numbers.
     * Throws if our network's numbers overflow on the case (an edited case with huge entries).
     */
    public Conformance evaluate() throws ReferenceCaseException {
        Conformance c;
        try {
            c = compare();
        } catch (NetworkOverflowException e) {
            throw new ReferenceCaseException(name, "", "the case's numbers overflow float64 in our network: " + e.getMessage());
        }
        // Finite but huge numbers (an edited target of 1e308) can still overflow the loss or a difference.
        Conformance.Check worst = c.worst();
        if (!Double.isFinite(worst.relError())) {
            throw new ReferenceCaseException(name, "", "the case's numbers overflow float64: the " + worst.label() + " differs by " + worst.relError());
        }
        return c;
    }

    private Conformance compare() {
        double ours = network.lossAndGradient(input, target);
        List<Conformance.Check> checks = new ArrayList<>();
        checks.add(new Conformance.Check(Conformance.Kind.OUTPUT, "output",
                Conformance.relError(entries(network.layerOutput(network.depth() - 1)), output)));
        checks.add(new Conformance.Check(Conformance.Kind.LOSS, "loss", Conformance.relError(new double[] {ours}, new double[] {loss})));
        double gradScale = 0;
        for (Map<String, double[]> layer : grads) for (double[] g : layer.values()) gradScale = Math.max(gradScale, maxAbs(g));
        for (int l = 0; l < network.depth(); l++) {
            for (ParameterTensor p : network.layerParameters(l)) {
                String label = "layer " + (l + 1) + " " + p.name();
                double[] mine = entries(p.grad()), expected = grads.get(l).get(p.name());
                if (maxAbs(expected) < EXACT_ZERO * gradScale) {
                    // A gradient that is 0 in exact arithmetic (β before a linear layer and another batch
                    // norm): the reference holds rounding noise, so compare to the case's gradient scale.
                    checks.add(new Conformance.Check(Conformance.Kind.GRADS, label + " (exactly 0; rounding noise)",
                            Math.max(maxAbs(mine), maxAbs(expected)) / gradScale));
                } else {
                    checks.add(new Conformance.Check(Conformance.Kind.GRADS, label, Conformance.relError(mine, expected)));
                }
            }
        }
        List<LayerReport> reports = network.report();
        if (!gradNorms.isEmpty()) {
            for (String param : gradNorms.get(0).keySet()) {
                checks.add(compareAcrossLayers(Conformance.Kind.GRAD_NORMS, param, gradNorms, reports, r -> r.gradNorm(param)));
            }
        }
        for (String probe : probes.get(0).keySet()) {
            checks.add(compareAcrossLayers(Conformance.Kind.PROBES, probe, probes, reports, r -> r.probes().get(probe)));
        }
        return new Conformance(checks);
    }

    private static Conformance.Check compareAcrossLayers(Conformance.Kind kind, String name, List<Map<String, Double>> perLayer,
                                                         List<LayerReport> reports,
                                                         java.util.function.ToDoubleFunction<LayerReport> ours) {
        double[] expected = new double[reports.size()], actual = new double[reports.size()];
        for (int l = 0; l < reports.size(); l++) {
            expected[l] = perLayer.get(l).get(name);
            actual[l] = ours.applyAsDouble(reports.get(l));
        }
        return new Conformance.Check(kind, name, Conformance.relError(actual, expected));
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }

    private static double[] entries(DMatrixRMaj m) {
        return java.util.Arrays.copyOf(m.data, m.getNumElements());
    }
}
