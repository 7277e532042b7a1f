package org.landscapelab.landscape;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.landscapelab.landscape.expr.ExpressionException;

/**
 * Reads and writes the landscape JSON format (documented in sample-landscapes/README.md). Every
 * problem is reported as a {@link LandscapeFileException} naming the file and the field.
 */
public final class LandscapeFormat {
    private static final Set<String> FIELDS =
            Set.of("format", "id", "name", "expression", "domain", "parameters", "description", "starts", "scale", "data");
    private static final Set<String> PARAMETER_FIELDS = Set.of("name", "min", "max", "value", "description");
    public static final String FORMAT = "landscape-lab/landscape";

    /** As strict as the lab's other files: a key given twice is an error, not silently the last one. */
    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Parses one landscape from JSON text; {@code file} names it in messages and gives the default id. */
    public Landscape read(String json, String file) throws LandscapeFileException {
        if (json.isBlank()) throw new LandscapeFileException(file, "", "the file is empty");
        JsonNode root = null;
        JsonParser parser = null;
        try {
            parser = mapper.createParser(json);
            root = mapper.readTree(parser);
            if (parser.nextToken() != null) throw afterTheObject(file, parser.currentTokenLocation());
        } catch (JsonEOFException e) {
            throw new LandscapeFileException(file, "", "the file ends in the middle of the JSON (truncated?)");
        } catch (JsonProcessingException e) {
            if (root != null) throw afterTheObject(file, e.getLocation());
            if (parser != null && e.getOriginalMessage().startsWith("Duplicate field")) { // STRICT_DUPLICATE_DETECTION's words
                throw new LandscapeFileException(file, fieldPath(parser.getParsingContext()), "is given twice" + where(e.getLocation()));
            }
            throw new LandscapeFileException(file, "", "not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LandscapeFileException(file, "", "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new LandscapeFileException(file, "", "expected a JSON object");
        return read((ObjectNode) root, file);
    }

    private static LandscapeFileException afterTheObject(String file, JsonLocation at) {
        return new LandscapeFileException(file, "", "unexpected text after the JSON object" + where(at));
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Where the parser stopped, as the dotted path the other messages use: "domain.x", "data.rows[3]". */
    private static String fieldPath(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) chain.add(0, c);
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            else if (c.getCurrentName() != null) path.append(path.length() == 0 ? "" : ".").append(c.getCurrentName());
        }
        return path.toString();
    }

    /** Parses one landscape from a JSON object (a file, or one entry of the built-in catalog). */
    public Landscape read(ObjectNode root, String file) throws LandscapeFileException {
        Reader r = new Reader(file);
        r.checkFields(root, FIELDS, "");
        if (root.has("format") && !FORMAT.equals(root.get("format").asText())) {
            throw r.error("format", "expected \"" + FORMAT + "\", got " + root.get("format"));
        }
        String name = r.text(root, "name", null);
        String id = r.text(root, "id", defaultId(file));
        if (!id.matches("[A-Za-z0-9_\\-]+")) throw r.error("id", "use letters, digits, '_' or '-', got \"" + id + "\"");
        String description = r.text(root, "description", "");
        Domain domain = r.domain(root.get("domain"));
        List<Parameter> parameters = r.parameters(root.get("parameters"));
        Dataset data = r.data(root.get("data"), parameters);
        String source = r.text(root, "expression", null);
        List<String> inputs = new java.util.ArrayList<>(parameters.stream().map(Parameter::name).toList());
        if (data != null) inputs.addAll(data.columns());
        Expression expression;
        try {
            expression = Expression.parse(source, inputs);
        } catch (ExpressionException e) {
            throw r.error("expression", e.getMessage() + "\n" + e.caretDisplay());
        }
        List<Point> starts = r.points(root.get("starts"), "starts");
        ColorScale scale = r.scale(root.get("scale"));
        return new Landscape(id, name, description, expression, domain, parameters, starts, scale, data);
    }

    /**
     * The JSON object for a landscape, in the same format {@link #read} takes. A landscape without
     * an expression (a network slice) cannot be written: IllegalArgumentException says so.
     */
    public ObjectNode write(Landscape l) {
        if (!l.hasExpression()) throw new IllegalArgumentException(notStored(l));
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("id", l.id());
        root.put("name", l.name());
        root.put("expression", l.expression().source());
        ObjectNode domain = root.putObject("domain");
        domain.putArray("x").add(l.domain().xMin()).add(l.domain().xMax());
        domain.putArray("y").add(l.domain().yMin()).add(l.domain().yMax());
        if (!l.parameters().isEmpty()) {
            ArrayNode params = root.putArray("parameters");
            for (Parameter p : l.parameters()) {
                ObjectNode o = params.addObject();
                o.put("name", p.name()).put("min", p.min()).put("max", p.max()).put("value", p.value());
                if (!p.description().isEmpty()) o.put("description", p.description());
            }
        }
        if (!l.description().isEmpty()) root.put("description", l.description());
        if (!l.starts().isEmpty()) {
            ArrayNode starts = root.putArray("starts");
            for (Point p : l.starts()) starts.addArray().add(p.x()).add(p.y());
        }
        l.namedScale().ifPresent(scale -> root.put("scale", scale.name().toLowerCase(Locale.ROOT)));
        l.data().ifPresent(d -> {
            ObjectNode data = root.putObject("data");
            ArrayNode columns = data.putArray("columns");
            d.columns().forEach(columns::add);
            ArrayNode rows = data.putArray("rows");
            for (int i = 0; i < d.size(); i++) {
                ArrayNode row = rows.addArray();
                for (double v : d.row(i)) row.add(v);
            }
        });
        return root;
    }

    private static String defaultId(String file) {
        String base = file.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.endsWith(".json")) base = base.substring(0, base.length() - 5);
        return base.isEmpty() ? "landscape" : base;
    }

    /** Field-by-field reading with messages that say which field and why. */
    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        LandscapeFileException error(String field, String problem) {
            return new LandscapeFileException(file, field, problem);
        }

        void checkFields(JsonNode object, Set<String> known, String prefix) throws LandscapeFileException {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!known.contains(f)) {
                    throw error(prefix + BadFileException.visibleName(f), "unknown field; known fields are " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }

        String text(JsonNode root, String field, String fallback) throws LandscapeFileException {
            JsonNode n = root.get(field);
            if (n == null || n.isNull()) {
                if (fallback == null) throw error(field, "is required");
                return fallback;
            }
            if (!n.isTextual()) throw error(field, "expected a string, got " + n.getNodeType().name().toLowerCase(Locale.ROOT));
            if (fallback == null && n.asText().isBlank()) throw error(field, "must not be empty");
            return n.asText();
        }

        double number(JsonNode n, String field) throws LandscapeFileException {
            if (n == null || n.isNull()) throw error(field, "is required");
            if (!n.isNumber()) throw error(field, "expected a number, got " + n);
            double v = n.asDouble();
            if (!Double.isFinite(v)) throw error(field, "must be finite, got " + n);
            return v;
        }

        Domain domain(JsonNode n) throws LandscapeFileException {
            if (n == null || n.isNull()) throw error("domain", "is required, e.g. {\"x\": [-2, 2], \"y\": [-2, 2]}");
            if (!n.isObject()) throw error("domain", "expected an object {\"x\": [min, max], \"y\": [min, max]}");
            checkFields(n, Set.of("x", "y"), "domain.");
            double[] x = range(n.get("x"), "domain.x");
            double[] y = range(n.get("y"), "domain.y");
            try {
                return new Domain(x[0], x[1], y[0], y[1]);
            } catch (IllegalArgumentException e) {
                throw error("domain", e.getMessage());
            }
        }

        double[] range(JsonNode n, String field) throws LandscapeFileException {
            if (n == null || !n.isArray() || n.size() != 2) throw error(field, "expected [min, max], got " + n);
            double lo = number(n.get(0), field + "[0]");
            double hi = number(n.get(1), field + "[1]");
            if (!(lo < hi)) throw error(field, "min must be less than max, got [" + n.get(0) + ", " + n.get(1) + "]");
            return new double[] {lo, hi};
        }

        List<Parameter> parameters(JsonNode n) throws LandscapeFileException {
            List<Parameter> out = new ArrayList<>();
            if (n == null || n.isNull()) return out;
            if (!n.isArray()) throw error("parameters", "expected an array of {name, min, max, value}");
            for (int i = 0; i < n.size(); i++) {
                String field = "parameters[" + i + "]";
                JsonNode p = n.get(i);
                if (!p.isObject()) throw error(field, "expected an object {name, min, max, value}");
                checkFields(p, PARAMETER_FIELDS, field + ".");
                String name = text(p, "name", null);
                double min = number(p.get("min"), field + ".min");
                double max = number(p.get("max"), field + ".max");
                double value = p.has("value") ? number(p.get("value"), field + ".value") : 0.5 * (min + max);
                String description = p.has("description") ? p.get("description").asText() : "";
                try {
                    Parameter parameter = new Parameter(name, min, max, value, description);
                    if (out.stream().anyMatch(q -> q.name().equals(parameter.name()))) {
                        throw error(field + ".name", "parameter '" + name + "' is declared twice");
                    }
                    out.add(parameter);
                } catch (IllegalArgumentException e) {
                    throw error(field, e.getMessage());
                }
            }
            return out;
        }

        List<Point> points(JsonNode n, String field) throws LandscapeFileException {
            List<Point> out = new ArrayList<>();
            if (n == null || n.isNull()) return out;
            if (!n.isArray()) throw error(field, "expected an array of [x, y] pairs");
            for (int i = 0; i < n.size(); i++) {
                JsonNode p = n.get(i);
                String f = field + "[" + i + "]";
                if (!p.isArray() || p.size() != 2) throw error(f, "expected [x, y], got " + p);
                out.add(new Point(number(p.get(0), f + "[0]"), number(p.get(1), f + "[1]")));
            }
            return out;
        }

        /** The data rows of a finite-sum landscape, or null if the file has none. */
        Dataset data(JsonNode n, List<Parameter> parameters) throws LandscapeFileException {
            if (n == null || n.isNull()) return null;
            if (!n.isObject()) throw error("data", "expected an object {\"columns\": [names], \"rows\": [[values], ...]}");
            checkFields(n, Set.of("columns", "rows"), "data.");
            JsonNode cols = n.get("columns");
            if (cols == null || !cols.isArray() || cols.isEmpty()) throw error("data.columns", "expected a non-empty array of column names");
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                if (!cols.get(i).isTextual()) throw error("data.columns[" + i + "]", "expected a name, got " + cols.get(i));
                String c = cols.get(i).asText();
                if (parameters.stream().anyMatch(p -> p.name().equals(c))) {
                    throw error("data.columns[" + i + "]", "'" + c + "' is already a parameter name");
                }
                columns.add(c);
            }
            JsonNode rows = n.get("rows");
            if (rows == null || !rows.isArray() || rows.isEmpty()) throw error("data.rows", "expected a non-empty array of rows");
            double[][] values = new double[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                String f = "data.rows[" + i + "]";
                if (!row.isArray() || row.size() != columns.size()) {
                    throw error(f, "expected " + columns.size() + " numbers (one per column), got " + row);
                }
                values[i] = new double[columns.size()];
                for (int k = 0; k < columns.size(); k++) values[i][k] = number(row.get(k), f + "[" + k + "]");
            }
            try {
                return new Dataset(columns, values);
            } catch (IllegalArgumentException e) {
                throw error("data", e.getMessage());
            }
        }

        ColorScale scale(JsonNode n) throws LandscapeFileException {
            if (n == null || n.isNull()) return null; // decided from the values
            String s = n.asText().toLowerCase(Locale.ROOT);
            if (s.equals("linear")) return ColorScale.LINEAR;
            if (s.equals("log")) return ColorScale.LOG;
            throw error("scale", "expected \"linear\" or \"log\", got " + n);
        }
    }

    /** Why {@code l}, which has no expression, is not in a file. */
    public static String notStored(Landscape l) {
        return "the landscape \"" + l.name() + "\" has no expression (its values are computed from a network), so files do not store it";
    }
}
