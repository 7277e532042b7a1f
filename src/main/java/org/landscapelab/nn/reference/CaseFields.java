package org.landscapelab.nn.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/** Field-by-field reading of a reference case: every problem is a {@link ReferenceCaseException} naming the field. */
final class CaseFields {
    /** Builds part of a case; an IllegalArgumentException from a spec's own checks is reported as a problem of "spec". */
    interface Builder<T> {
        T build() throws ReferenceCaseException;
    }

    private final String file;

    CaseFields(String file) {
        this.file = file;
    }

    ReferenceCaseException error(String field, String problem) {
        return new ReferenceCaseException(file, field, problem);
    }

    <T> T spec(Builder<T> builder) throws ReferenceCaseException {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw error("spec", e.getMessage());
        }
    }

    JsonNode field(JsonNode node, String name, String path) throws ReferenceCaseException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) throw error(path, "missing");
        return v;
    }

    String text(JsonNode node, String name) throws ReferenceCaseException {
        return text(node, name, name);
    }

    String text(JsonNode node, String name, String path) throws ReferenceCaseException {
        JsonNode v = field(node, name, path);
        if (!v.isTextual()) throw error(path, "expected a string, got " + describe(v));
        return v.asText();
    }

    JsonNode object(JsonNode node, String name, String path) throws ReferenceCaseException {
        JsonNode v = field(node, name, path);
        if (!v.isObject()) throw error(path, "expected an object, got " + describe(v));
        return v;
    }

    JsonNode object(JsonNode array, int index, String path) throws ReferenceCaseException {
        JsonNode v = array.get(index);
        if (v == null || !v.isObject()) throw error(path, "expected an object, got " + (v == null ? "nothing" : describe(v)));
        return v;
    }

    int integer(JsonNode node, String name, String path) throws ReferenceCaseException {
        JsonNode v = field(node, name, path);
        if (!v.isNumber() || !v.canConvertToInt() || v.asDouble() != Math.rint(v.asDouble())) {
            throw error(path, "expected a whole number, got " + describe(v));
        }
        return v.asInt();
    }

    double number(JsonNode node, String name, String path) throws ReferenceCaseException {
        JsonNode v = field(node, name, path);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) throw error(path, "expected a finite number, got " + describe(v));
        return v.asDouble();
    }

    boolean bool(JsonNode node, String name, String path) throws ReferenceCaseException {
        JsonNode v = field(node, name, path);
        if (!v.isBoolean()) throw error(path, "expected true or false, got " + describe(v));
        return v.asBoolean();
    }

    /** A non-empty list of finite numbers (a 1 × k row) or a non-empty list of equally long such lists. */
    DMatrixRMaj matrix(JsonNode node, String name, String path) throws ReferenceCaseException {
        JsonNode v = field(node, name, path);
        if (!v.isArray() || v.isEmpty()) throw error(path, "expected a non-empty list of numbers or of rows, got " + describe(v));
        if (!v.get(0).isArray()) return new DMatrixRMaj(1, v.size(), true, row(v, path));
        int cols = v.get(0).size();
        double[] data = new double[Math.multiplyExact(v.size(), Math.max(cols, 1))];
        for (int r = 0; r < v.size(); r++) {
            JsonNode rowNode = v.get(r);
            if (!rowNode.isArray() || rowNode.size() != cols || cols == 0) {
                throw error(path + "[" + r + "]", "expected a row of " + (cols == 0 ? "at least one" : cols) + " numbers like row 0, got "
                        + describe(rowNode));
            }
            System.arraycopy(row(rowNode, path + "[" + r + "]"), 0, data, r * cols, cols);
        }
        return new DMatrixRMaj(v.size(), cols, true, data);
    }

    private double[] row(JsonNode list, String path) throws ReferenceCaseException {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            JsonNode x = list.get(i);
            if (!x.isNumber() || !Double.isFinite(x.asDouble())) throw error(path + "[" + i + "]", "expected a finite number, got " + describe(x));
            a[i] = x.asDouble();
        }
        return a;
    }

    void requireShape(DMatrixRMaj m, int rows, int cols, String path) throws ReferenceCaseException {
        // A 1 × k row is written as a plain list; a matrix with one row may be written either way.
        if (m.numRows != rows || m.numCols != cols) {
            throw error(path, "expected " + rows + " x " + cols + ", got " + m.numRows + " x " + m.numCols);
        }
    }

    /** An array of exactly one entry per layer. */
    JsonNode perLayer(JsonNode root, String name, int depth) throws ReferenceCaseException {
        JsonNode v = field(root, name, name);
        if (!v.isArray() || v.size() != depth) {
            throw error(name, "expected a list of " + depth + " entries, one per layer (spec.depth), got " + describe(v));
        }
        return v;
    }

    /**
     * One object per layer of finite numbers under the same names, in file order, each one of
     * {@code known} (at least one).
     */
    List<Map<String, Double>> namedNumbers(JsonNode root, String name, int depth, Collection<String> known) throws ReferenceCaseException {
        JsonNode list = perLayer(root, name, depth);
        List<Map<String, Double>> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            String path = name + "[" + l + "]";
            JsonNode o = object(list, l, path);
            Map<String, Double> values = new LinkedHashMap<>();
            for (var e : o.properties()) {
                if (!known.contains(e.getKey())) throw error(path + "." + e.getKey(), "unknown; expected one of " + String.join(", ", known));
                values.put(e.getKey(), number(o, e.getKey(), path + "." + e.getKey()));
            }
            if (values.isEmpty()) throw error(path, "expected at least one of " + String.join(", ", known));
            if (l > 0 && !values.keySet().equals(layers.get(0).keySet())) {
                throw error(path, "expected the names of " + name + "[0]: " + String.join(", ", layers.get(0).keySet()));
            }
            layers.add(values);
        }
        return List.copyOf(layers);
    }

    private static String describe(JsonNode v) {
        String kind = v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        if (v.isArray()) return "a list of " + v.size();
        if (v.isContainerNode()) return "an " + kind;
        String text = v.toString();
        return kind + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
