package org.landscapelab.nn.slice;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscapelab.landscape.BadFileException;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.ParameterTensor;
import org.landscapelab.nn.ParameterVector;

/**
 * Reads the two directions of a slice, {@code {"d1": LAYERS, "d2": LAYERS}}, each LAYERS shaped
 * exactly like a reference case's {@code layers}: one object per layer holding every parameter of
 * that layer by name, a matrix as a list of rows, a 1 × k parameter as a plain list (or one row).
 * Every problem names the direction, the layer (from 1) and the parameter.
 */
public final class DirectionFile {
    /** Like a reference case: the shipped slices are under 0.5 MB; 64 MiB is far beyond any network the lab trains. */
    public static final long MAX_BYTES = 64L << 20;

    private static final List<String> DIRECTIONS = List.of("d1", "d2");

    private final String file;

    private DirectionFile(String file) {
        this.file = file;
    }

    public static SliceDirections read(Path path, Network network) throws DirectionFileException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) throw new DirectionFileException(name, "", "file is larger than " + (MAX_BYTES >> 20) + " MiB");
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DirectionFileException(name, "", "cannot read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new DirectionFileException(name, "", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DirectionFileException(name, "", "cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) throw new DirectionFileException(name, "", "the file is empty");
        return read(root, name, network);
    }

    /** The directions from an object {@code {"d1": ..., "d2": ...}}; {@code file} names it in errors. */
    public static SliceDirections read(JsonNode root, String file, Network network) throws DirectionFileException {
        DirectionFile f = new DirectionFile(file);
        if (!root.isObject()) throw new DirectionFileException(file, "", "expected an object {\"d1\": layers, \"d2\": layers}");
        for (var e : root.properties()) {
            if (!DIRECTIONS.contains(e.getKey())) throw f.error(e.getKey(), "unknown; expected d1 and d2");
        }
        return new SliceDirections(f.direction(root, "d1", network), f.direction(root, "d2", network));
    }

    private DirectionFileException error(String field, String problem) {
        return new DirectionFileException(file, field, problem);
    }

    private double[] direction(JsonNode root, String name, Network network) throws DirectionFileException {
        JsonNode layers = root.get(name);
        if (layers == null) throw error(name, "missing");
        if (!layers.isArray() || layers.size() != network.depth()) {
            throw error(name, "expected a list of " + network.depth() + " layers like the case's layers, found " + describe(layers));
        }
        double[] d = new double[ParameterVector.size(network.parameters())];
        int offset = 0;
        for (int l = 0; l < network.depth(); l++) {
            String layerField = name + ", layer " + (l + 1);
            JsonNode layer = layers.get(l);
            if (!layer.isObject()) throw error(layerField, "expected an object of parameters, found " + describe(layer));
            List<ParameterTensor> parameters = network.layerParameters(l);
            Set<String> names = parameters.stream().map(ParameterTensor::name).collect(Collectors.toSet());
            for (var e : layer.properties()) {
                if (!names.contains(e.getKey())) {
                    throw error(layerField + ", " + BadFileException.visibleName(e.getKey()), "unknown parameter; expected "
                            + parameters.stream().map(ParameterTensor::name).collect(Collectors.joining(", ")));
                }
            }
            for (ParameterTensor p : parameters) {
                String field = layerField + ", " + p.name();
                JsonNode value = layer.get(p.name());
                if (value == null) throw error(field, "missing");
                entries(value, p.value().numRows, p.value().numCols, field, d, offset);
                offset += p.size();
            }
        }
        return d;
    }

    /** Copies a rows × cols parameter (a plain list when rows is 1) into d at offset. */
    private void entries(JsonNode value, int rows, int cols, String field, double[] d, int offset) throws DirectionFileException {
        String expected = rows + "×" + cols;
        if (!value.isArray()) throw error(field, "expected " + expected + " numbers, found " + describe(value));
        boolean flat = rows == 1 && (value.isEmpty() || !value.get(0).isArray());
        if (flat) {
            if (value.size() != cols) throw error(field, "expected " + expected + ", found a list of " + value.size());
            row(value, field, d, offset);
            return;
        }
        int foundCols = value.isEmpty() || !value.get(0).isArray() ? -1 : value.get(0).size();
        if (value.size() != rows || foundCols != cols) {
            throw error(field, "expected " + expected + ", found " + (foundCols < 0 ? "a list of " + value.size() : value.size() + "×" + foundCols));
        }
        for (int r = 0; r < rows; r++) {
            JsonNode row = value.get(r);
            if (!row.isArray() || row.size() != cols) {
                throw error(field + " row " + (r + 1), "expected " + cols + " numbers like row 1, found " + describe(row));
            }
            row(row, field + " row " + (r + 1), d, offset + r * cols);
        }
    }

    private void row(JsonNode list, String field, double[] d, int offset) throws DirectionFileException {
        for (int i = 0; i < list.size(); i++) {
            JsonNode x = list.get(i);
            if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                throw error(field, "entry " + (i + 1) + ": expected a finite number, found " + describe(x));
            }
            d[offset + i] = x.asDouble();
        }
    }

    private static String describe(JsonNode v) {
        if (v.isArray()) return "a list of " + v.size();
        if (v.isObject()) return "an object";
        String text = v.toString();
        return v.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
