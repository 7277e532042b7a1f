package org.landscapelab.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * A reference case (src/test/resources/reference/networks/*.json, computed by PyTorch autograd in float64):
 * a network's spec and weights, an input and a target, and the expected output, loss, gradients,
 * gradient norms and probes. {@link #evaluate()} runs our network on it and compares: each array
 * relative to its own largest magnitude (see {@link Conformance}), except gradients that are 0 in
 * exact arithmetic (see {@link #EXACT_ZERO}).
 */
public final class ReferenceCase {
    /**
     * A reference gradient array whose largest entry is below this fraction of the case's largest
     * gradient entry is taken as exactly 0 with rounding noise (~1e-16), which no other float64
     * evaluation order reproduces: both it and ours must then be that small relative to the case.
     */
    static final double EXACT_ZERO = 1e-12;

    private final String name;
    private final JsonNode root;
    private final Network network;
    private final DMatrixRMaj input, target;

    private ReferenceCase(String name, JsonNode root) {
        this.name = name;
        this.root = root;
        String kind = text(root, "kind");
        JsonNode spec = field(root, "spec");
        if (kind.equals("transformer")) {
            network = new Transformer(new TransformerSpec(integer(spec, "tokens"), integer(spec, "width"),
                    integer(spec, "heads"), integer(spec, "depth"), Norm.fromId(text(spec, "norm")),
                    number(spec, "residual_scale"), integer(spec, "ffn_width"), number(spec, "ln_eps")));
        } else if (kind.equals("mlp")) {
            network = new Mlp(new MlpSpec(integer(spec, "width"), integer(spec, "depth"),
                    Activation.fromId(text(spec, "activation")), field(spec, "batch_norm").asBoolean(),
                    number(spec, "bn_eps")));
        } else {
            throw new IllegalArgumentException("unknown kind '" + kind + "', expected transformer or mlp");
        }
        JsonNode layers = field(root, "layers");
        if (layers.size() != network.depth()) {
            throw new IllegalArgumentException("spec.depth is " + network.depth() + " but there are " + layers.size() + " layers");
        }
        for (int l = 0; l < network.depth(); l++) {
            for (Parameter p : network.layerParameters(l)) p.set(matrix(field(layers.get(l), p.name())));
        }
        input = matrix(field(root, "input"));
        target = matrix(field(root, "target"));
    }

    public static ReferenceCase read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        try {
            return new ReferenceCase(file.getFileName().toString(), root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    /** The network with the case's weights. */
    public Network network() {
        return network;
    }

    /** Forward and backward on the case's input and target, compared with the expected numbers. */
    public Conformance evaluate() {
        double loss = network.lossAndGradient(input, target);
        List<Conformance.Check> checks = new ArrayList<>();
        checks.add(new Conformance.Check(Conformance.Kind.OUTPUT, "output",
                Conformance.relError(entries(network.layerOutput(network.depth() - 1)),
                        flatten(field(root, "output")))));
        checks.add(new Conformance.Check(Conformance.Kind.LOSS, "loss",
                Conformance.relError(new double[] {loss}, new double[] {number(root, "loss")})));
        JsonNode grads = field(root, "grads");
        double gradScale = maxAbs(flatten(grads));
        for (int l = 0; l < network.depth(); l++) {
            for (Parameter p : network.layerParameters(l)) {
                String label = "layer " + (l + 1) + " " + p.name();
                double[] ours = entries(p.grad()), expected = flatten(field(grads.get(l), p.name()));
                if (maxAbs(expected) < EXACT_ZERO * gradScale) {
                    // A gradient that is 0 in exact arithmetic (β before a linear layer and another batch
                    // norm): the reference holds rounding noise, so compare to the case's gradient scale.
                    checks.add(new Conformance.Check(Conformance.Kind.GRADS, label + " (exactly 0; rounding noise)",
                            Math.max(maxAbs(ours), maxAbs(expected)) / gradScale));
                } else {
                    checks.add(new Conformance.Check(Conformance.Kind.GRADS, label, Conformance.relError(ours, expected)));
                }
            }
        }
        List<LayerReport> reports = network.report();
        if (root.has("grad_norms")) {
            for (String param : fieldNames(root.get("grad_norms").get(0))) {
                checks.add(compareAcrossLayers(Conformance.Kind.GRAD_NORMS, param, root.get("grad_norms"), reports,
                        r -> r.gradNorm(param)));
            }
        }
        for (String probe : fieldNames(field(root, "probes").get(0))) {
            checks.add(compareAcrossLayers(Conformance.Kind.PROBES, probe, root.get("probes"), reports,
                    r -> r.probes().get(probe)));
        }
        return new Conformance(checks);
    }

    private static Conformance.Check compareAcrossLayers(Conformance.Kind kind, String name, JsonNode perLayer,
                                                         List<LayerReport> reports,
                                                         java.util.function.ToDoubleFunction<LayerReport> ours) {
        double[] expected = new double[reports.size()], actual = new double[reports.size()];
        for (int l = 0; l < reports.size(); l++) {
            expected[l] = number(perLayer.get(l), name);
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

    /** A nested list as a matrix; a plain list as a 1 × k row. */
    static DMatrixRMaj matrix(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) throw new IllegalArgumentException("expected a non-empty list");
        if (!node.get(0).isArray()) return new DMatrixRMaj(1, node.size(), true, flatten(node));
        int rows = node.size(), cols = node.get(0).size();
        for (JsonNode row : node) {
            if (row.size() != cols) throw new IllegalArgumentException("ragged matrix");
        }
        return new DMatrixRMaj(rows, cols, true, flatten(node));
    }

    /** Every number in the node, depth first (for an object, its values in file order). */
    private static double[] flatten(JsonNode node) {
        List<Double> values = new ArrayList<>();
        collect(node, values);
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) a[i] = values.get(i);
        return a;
    }

    private static void collect(JsonNode node, List<Double> into) {
        if (node.isArray() || node.isObject()) {
            for (JsonNode child : node) collect(child, into);
        } else if (node.isNumber()) {
            into.add(node.asDouble());
        } else {
            throw new IllegalArgumentException("expected numbers, got " + node.getNodeType().toString().toLowerCase());
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) names.add(it.next().getKey());
        return names;
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null) throw new IllegalArgumentException("missing field '" + name + "'");
        return v;
    }

    private static String text(JsonNode node, String name) {
        return field(node, name).asText();
    }

    private static int integer(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.canConvertToInt()) throw new IllegalArgumentException("field '" + name + "' must be an integer");
        return v.asInt();
    }

    private static double number(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isNumber()) throw new IllegalArgumentException("field '" + name + "' must be a number");
        return v.asDouble();
    }
}
