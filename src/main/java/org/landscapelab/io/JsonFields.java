package org.landscapelab.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.landscapelab.landscape.BadFileException;
import org.landscapelab.landscape.Point;

/**
 * Field-by-field reading of our versioned JSON files, every problem reported through {@code errors}
 * with the dotted path of the field (e.g. "runs[0].seed") and what is wrong with it.
 */
final class JsonFields<E extends Exception> {
    /** Makes the exception for a field ("" for the whole file) and a problem. */
    interface Errors<E extends Exception> {
        E at(String field, String problem);
    }

    private final Errors<E> errors;

    JsonFields(Errors<E> errors) {
        this.errors = errors;
    }

    /** A mapper that refuses what a hand-edited or damaged file may hold: duplicate keys, trailing text. */
    static ObjectMapper strictMapper() {
        return new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    E error(String field, String problem) {
        return errors.at(field, problem);
    }

    /** Pretty-printed JSON text, ending in a newline: how every file of ours is written. */
    static String prettyText(ObjectMapper mapper, JsonNode root) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text; a file larger than {@code maxBytes} is refused unread, as not one of {@code what}. */
    String readFile(Path file, long maxBytes, String what) throws E {
        try {
            if (Files.size(file) > maxBytes) throw error("", "file is larger than " + (maxBytes >> 20) + " MiB; not a " + what);
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw error("", "cannot read: " + AtomicWrite.problem(e));
        }
    }

    /** The root object of {@code json}. */
    ObjectNode root(ObjectMapper mapper, String json) throws E {
        if (json.isBlank()) throw error("", "the file is empty");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonEOFException e) {
            throw error("", "the file ends in the middle of the JSON (truncated?)");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw error("", "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw error("", "expected a JSON object");
        return (ObjectNode) root;
    }

    /** Checks "format" and "version": a file of another kind, or from a newer app, is refused by name. */
    void header(ObjectNode root, String format, int version, String what) throws E {
        String actual = text(root, "format", "format");
        if (!actual.equals(format)) {
            String hint = actual.startsWith("landscape-lab/") ? " (this is a " + actual.substring("landscape-lab/".length()) + " file, not a " + what + ")" : "";
            throw error("format", "expected \"" + format + "\", got \"" + actual + "\"" + hint);
        }
        JsonNode v = root.get("version");
        if (v == null || v.isNull()) throw error("version", "is required");
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) throw error("version", "expected a whole number >= 1, got " + v);
        if (v.intValue() > version) {
            throw error("version", "this " + what + " was written by a newer Landscape Lab (" + what + " version " + v.intValue()
                    + "); this one reads version " + version + " or older");
        }
    }

    void checkFields(JsonNode object, Set<String> known, String path) throws E {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw error(join(path, BadFileException.visibleName(f)), "unknown field; known fields are " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** A required member. */
    JsonNode required(JsonNode parent, String name, String path) throws E {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) throw error(path, "is required");
        return n;
    }

    ObjectNode object(JsonNode parent, String name, String path) throws E {
        JsonNode n = required(parent, name, path);
        if (!n.isObject()) throw error(path, "expected an object, got " + kind(n));
        return (ObjectNode) n;
    }

    String text(JsonNode parent, String name, String path) throws E {
        JsonNode n = required(parent, name, path);
        if (!n.isTextual()) throw error(path, "expected a string, got " + kind(n));
        return n.asText();
    }

    boolean flag(JsonNode parent, String name, String path) throws E {
        JsonNode n = required(parent, name, path);
        if (!n.isBoolean()) throw error(path, "expected true or false, got " + n);
        return n.booleanValue();
    }

    /** A finite number. */
    double number(JsonNode parent, String name, String path) throws E {
        return number(required(parent, name, path), path);
    }

    double number(JsonNode n, String path) throws E {
        if (n == null || n.isNull()) throw error(path, "is required");
        if (!n.isNumber()) throw error(path, "expected a number, got " + n);
        double v = n.doubleValue();
        if (!Double.isFinite(v)) throw error(path, "must be a finite number, got " + n);
        return v;
    }

    /** A finite number, or NaN where the file has null or nothing. */
    double numberOrNaN(JsonNode parent, String name, String path) throws E {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? Double.NaN : number(n, path);
    }

    long integer(JsonNode parent, String name, String path, long min, long max) throws E {
        JsonNode n = required(parent, name, path);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw error(path, "expected a whole number, got " + n);
        long v = n.longValue();
        if (v < min || v > max) throw error(path, "must be in [" + min + ", " + max + "], got " + v);
        return v;
    }

    int integer(JsonNode parent, String name, String path, int min, int max) throws E {
        return (int) integer(parent, name, path, (long) min, (long) max);
    }

    /** A point [x, y] of finite numbers. */
    Point point(JsonNode parent, String name, String path) throws E {
        JsonNode n = required(parent, name, path);
        if (!n.isArray() || n.size() != 2) throw error(path, "expected [x, y], got " + n);
        return new Point(number(n.get(0), path + "[0]"), number(n.get(1), path + "[1]"));
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
