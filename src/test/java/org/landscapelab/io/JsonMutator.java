package org.landscapelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a valid JSON file, as a fuzz test feeds them to a reader: byte flips,
 * truncations, text after the object, deleted, duplicated and renamed fields, values of another type, huge and non-finite numbers
 * (also inside spec strings such as "adam lr=0.01"), deep nesting and very long strings. The same
 * seed gives the same mutations, so a failure is reproduced by its seed and case number.
 */
public final class JsonMutator {
    /** Number tokens a hand-edited file may hold: overflowing, underflowing, non-finite (not JSON), too long for a long. */
    private static final String[] EXTREME_NUMBERS = {
        "1e308", "-1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "1.7976931348623157e308", "-0.0", "0", "-1", "0.5",
        "NaN", "Infinity", "-Infinity", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(400), "123456789012345678901234567890.5",
    };
    /** Values of every JSON type, to put where another type belongs. */
    private static final String[] OTHER_TYPES = {
        "null", "true", "false", "\"\"", "\"banana\"", "[]", "{}", "[1, 2]", "[[0, 0]]", "{\"x\": 1}", "\"1e308\"", "\"NaN\"", "[null]",
    };
    /** A string value's number replaced inside it, e.g. "fbm:hurst=0.3" to "fbm:hurst=1e308". */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String[] EXTREME_IN_TEXT = {
        "1e308", "-1e308", "1e309", "NaN", "Infinity", "-Infinity", "0", "-0", "1e-320", "99999999999", "-5", "",
    };
    /** What a hand edit or a bad copy leaves after the object. */
    private static final String[] TRAILING = {" {}", "x", "]", " 1", "\u0000", "{\"name\": 1}", "\n\n"};
    private static final String MARK = "\u0001mark\u0001";

    private final SplittableRandom random;
    private final ObjectMapper mapper = new ObjectMapper();

    public JsonMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One to three mutations of {@code json}. */
    public String mutate(String json) {
        String out = json;
        int n = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
        for (int i = 0; i < n; i++) out = mutateOnce(out);
        return out;
    }

    /** How often each kind is drawn: mostly mutations that keep the JSON valid, so the reader's own checks are reached. */
    private static final int[] KIND_WEIGHTS = {1, 1, 1, 3, 1, 4, 4, 1, 1, 6, 1};

    private String mutateOnce(String json) {
        int kind = kind();
        if (kind == 0) return flipByte(json);
        if (kind == 1) return json.substring(0, random.nextInt(json.length() + 1));
        if (kind == 2) return json + TRAILING[random.nextInt(TRAILING.length)];
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return flipByte(json); // already broken: tree mutations no longer apply
        }
        if (root == null || !root.isContainerNode()) return flipByte(json);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) return flipByte(json);
        Slot s = slots.get(random.nextInt(slots.size()));
        return switch (kind) {
            case 3 -> s.remove(root);
            case 4 -> s.duplicate(root);
            case 5 -> s.replaceRaw(root, OTHER_TYPES[random.nextInt(OTHER_TYPES.length)]);
            case 6 -> s.replaceRaw(root, EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)]);
            case 7 -> s.replaceRaw(root, deepNesting());
            case 8 -> s.replaceRaw(root, longString());
            case 9 -> numberInText(root, slots);
            default -> s.rename(root, new String[] {"", " ", "X", "\u0000", "k".repeat(100_000), "é"}[random.nextInt(6)]);
        };
    }

    private int kind() {
        int total = 0;
        for (int w : KIND_WEIGHTS) total += w;
        int r = random.nextInt(total);
        int kind = 0;
        while (r >= KIND_WEIGHTS[kind]) r -= KIND_WEIGHTS[kind++];
        return kind;
    }

    private String flipByte(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) return json;
        int at = random.nextInt(bytes.length);
        bytes[at] = random.nextBoolean() ? (byte) (bytes[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String deepNesting() {
        int depth = new int[] {50, 999, 1001, 5000, 200_000}[random.nextInt(5)];
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String longString() {
        int length = new int[] {1_000, 100_000, 1_000_000}[random.nextInt(3)];
        String unit = new String[] {"x", "sin(", "é", "\\u0000", "lr=1 "}[random.nextInt(5)];
        return "\"" + unit.repeat(length / unit.length() + 1) + "\"";
    }

    /** Replaces one number inside one string value (a spec such as "sgd lr=0.05 momentum=0.5"). */
    private String numberInText(JsonNode root, List<Slot> slots) {
        List<Slot> texts = slots.stream().filter(s -> s.value().isTextual() && NUMBER_IN_TEXT.matcher(s.value().asText()).find()).toList();
        if (texts.isEmpty()) return slots.get(0).replaceRaw(root, EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)]);
        Slot s = texts.get(random.nextInt(texts.size()));
        String text = s.value().asText();
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER_IN_TEXT.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        int[] span = spans.get(random.nextInt(spans.size()));
        String changed = text.substring(0, span[0]) + EXTREME_IN_TEXT[random.nextInt(EXTREME_IN_TEXT.length)] + text.substring(span[1]);
        return s.replaceRaw(root, JsonNodeFactory.instance.textNode(changed).toString());
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                out.add(new Slot((ObjectNode) node, name, -1));
                collect(node.get(name), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot((ArrayNode) node, null, i));
                collect(node.get(i), out);
            }
        }
    }

    /** A member of an object (by name) or an element of an array (by index). */
    private record Slot(JsonNode parent, String name, int index) {
        JsonNode value() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        String remove(JsonNode root) {
            if (name != null) ((ObjectNode) parent).remove(name);
            else ((ArrayNode) parent).remove(index);
            return root.toPrettyString();
        }

        /** The value written in raw JSON text (which may be invalid JSON, e.g. NaN). */
        String replaceRaw(JsonNode root, String raw) {
            set(JsonNodeFactory.instance.textNode(MARK));
            return root.toString().replace(JsonNodeFactory.instance.textNode(MARK).toString(), raw);
        }

        /** A duplicate key in an object (the tree cannot hold one, so it is spliced into the text); an array element twice. */
        String duplicate(JsonNode root) {
            if (name == null) {
                ((ArrayNode) parent).insert(index, value().deepCopy());
                return root.toString();
            }
            ((ObjectNode) parent).set(MARK, value().deepCopy());
            return root.toString().replace(JsonNodeFactory.instance.textNode(MARK).toString(), JsonNodeFactory.instance.textNode(name).toString());
        }

        /** The member under another name, e.g. a key a megabyte long (an element of an array stays). */
        String rename(JsonNode root, String newName) {
            if (name != null) {
                JsonNode v = ((ObjectNode) parent).remove(name);
                ((ObjectNode) parent).set(newName, v);
            }
            return root.toString();
        }

        private void set(JsonNode v) {
            if (name != null) ((ObjectNode) parent).set(name, v);
            else ((ArrayNode) parent).set(index, v);
        }
    }
}
