package org.landscapelab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutations of a valid JSON file for fuzz tests of the file readers, drawn from a seeded random
 * generator: a third edit the text (delete, insert, replace, duplicate, truncate), the rest edit the
 * tree at a random place (remove a member or element, replace a value by a hostile one, duplicate an
 * element, add or rename a member).
 */
public final class SeededJsonMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TEXT_CHARS = "{}[]\",:0123456789-.eEabtnulfx ";

    private SeededJsonMutations() {}

    /** One mutation of {@code text}, whose parsed tree is {@code tree}. */
    public static String mutate(String text, JsonNode tree, SplittableRandom random) {
        return random.nextInt(3) == 0 ? mutateText(text, random) : mutateTree(tree, random);
    }

    private static String mutateText(String text, SplittableRandom random) {
        StringBuilder s = new StringBuilder(text);
        int at = random.nextInt(s.length());
        int len = 1 + random.nextInt(Math.min(8, s.length() - at));
        switch (random.nextInt(5)) {
            case 0 -> s.delete(at, at + len);
            case 1 -> s.insert(at, TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
            case 2 -> s.setCharAt(at, TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
            case 3 -> s.insert(at, s.substring(at, at + len));
            default -> s.setLength(at);
        }
        return s.toString();
    }

    private static String mutateTree(JsonNode tree, SplittableRandom random) {
        JsonNode root = tree.deepCopy();
        // Walk down from the root to a random container, stopping early now and then.
        JsonNode parent = root;
        while (true) {
            List<JsonNode> containers = new ArrayList<>();
            for (JsonNode child : parent) if (child.isContainerNode() && !child.isEmpty()) containers.add(child);
            if (containers.isEmpty() || random.nextInt(4) == 0) break;
            parent = containers.get(random.nextInt(containers.size()));
        }
        if (parent.isObject()) {
            ObjectNode o = (ObjectNode) parent;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> o.remove(name);
                case 1 -> o.set("unknown_" + random.nextInt(10), hostile(random));
                case 2 -> {
                    JsonNode v = o.remove(name);
                    if (v != null) o.set(name + "_", v);
                }
                default -> o.set(name, hostile(random));
            }
        } else if (parent.isArray() && !parent.isEmpty()) {
            ArrayNode a = (ArrayNode) parent;
            int i = random.nextInt(a.size());
            switch (random.nextInt(4)) {
                case 0 -> a.remove(i);
                case 1 -> a.insert(i, a.get(i).deepCopy());
                case 2 -> a.removeAll();
                default -> a.set(i, hostile(random));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Values a hand-edited file may hold where something else belongs. */
    private static JsonNode hostile(SplittableRandom random) {
        return switch (random.nextInt(18)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(0);
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(1);
            case 4 -> NODES.numberNode(2.5);
            case 5 -> NODES.numberNode(1e308);
            case 6 -> NODES.numberNode(-1e308);
            case 7 -> NODES.numberNode(4.9e-324);
            case 8 -> NODES.textNode("banana");
            case 9 -> NODES.textNode("");
            case 10 -> NODES.booleanNode(random.nextBoolean());
            case 11 -> NODES.arrayNode();
            case 12 -> NODES.objectNode();
            case 13 -> NODES.arrayNode().add(1).add(2);
            case 14 -> NODES.numberNode(99_999_999_999L);
            case 15 -> NODES.numberNode(Integer.MAX_VALUE);
            case 16 -> NODES.numberNode(100_000);
            default -> NODES.textNode(Integer.toString(random.nextInt(-3, 200_000)));
        };
    }
}
