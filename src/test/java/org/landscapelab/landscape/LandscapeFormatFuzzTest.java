package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded mutations of every sample landscape file: the reader answers each with a landscape or a
 * {@link LandscapeFileException} that names the problem, never with another exception.
 */
class LandscapeFormatFuzzTest {
    private static final int MUTATIONS_PER_FILE = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] HUGE = {"1e308", "-1e308", "1e999", "-1e999", "123456789012345678901234567890", "4.9e-324", "-0", "NaN", "1e-400"};

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedFilesGiveALandscapeOrACleanError() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("sample-landscapes"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        Random random = new Random(20241130);
        LandscapeFormat format = new LandscapeFormat();
        int clean = 0;
        int valid = 0;
        for (Path sample : samples) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                String mutated = mutate(text, random);
                try {
                    assertThat(format.read(mutated, sample.getFileName().toString())).isNotNull();
                    valid++;
                } catch (LandscapeFileException e) {
                    assertThat(e.problem()).isNotBlank();
                    clean++;
                } catch (RuntimeException | StackOverflowError e) {
                    fail("mutation %d of %s threw %s on:%n%s", i, sample.getFileName(), e, mutated);
                }
            }
        }
        assertThat(clean).as("clean errors").isGreaterThan(samples.size() * MUTATIONS_PER_FILE / 2);
        assertThat(valid).as("mutations that still read").isPositive();
    }

    private static String mutate(String text, Random random) throws IOException {
        return switch (random.nextInt(8)) {
            case 0 -> flipBytes(text, random);
            case 1 -> text.substring(0, random.nextInt(text.length()));
            case 2 -> edit(text, random, (root, field) -> root.remove(field));
            case 3 -> duplicateField(text, random);
            case 4 -> edit(text, random, (root, field) -> root.set(field, otherType(random)));
            case 5 -> hugeNumber(text, random);
            case 6 -> text + List.of(" {}", "x", "]", " 1", "\u0000", "{\"name\": 1}").get(random.nextInt(6));
            default -> editNested(text, random);
        };
    }

    private static String flipBytes(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 1 + random.nextInt(3); k > 0; k--) bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private interface FieldEdit {
        void apply(ObjectNode root, String field);
    }

    private static String edit(String text, Random random, FieldEdit edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(text);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        edit.apply(root, fields.get(random.nextInt(fields.size())));
        return root.toString();
    }

    /** A field again, textually (a tree cannot hold it twice), with another field's value. */
    private static String duplicateField(String text, Random random) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(text);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode value = root.get(fields.get(random.nextInt(fields.size())));
        int at = text.indexOf('{') + 1;
        return text.substring(0, at) + "\"" + field + "\": " + value + ", " + text.substring(at);
    }

    private static String hugeNumber(String text, Random random) {
        List<int[]> numbers = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(text);
        while (m.find()) numbers.add(new int[] {m.start(), m.end()});
        if (numbers.isEmpty()) return text;
        int[] n = numbers.get(random.nextInt(numbers.size()));
        return text.substring(0, n[0]) + HUGE[random.nextInt(HUGE.length)] + text.substring(n[1]);
    }

    /** A value inside domain, parameters, starts or data replaced by one of another type or a huge number. */
    private static String editNested(String text, Random random) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(text);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = random.nextBoolean() ? otherType(random) : NODES.numberNode(random.nextBoolean() ? 1e308 : -1e300);
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.set(names.get(random.nextInt(names.size())), replacement);
        } else if (target instanceof com.fasterxml.jackson.databind.node.ArrayNode a && a.size() > 0) {
            int k = random.nextInt(a.size());
            if (random.nextInt(4) == 0) a.remove(k);
            else a.set(k, replacement);
        }
        return root.toString();
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode otherType(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.textNode("banana");
            case 1 -> NODES.numberNode(random.nextInt(5) - 2);
            case 2 -> NODES.arrayNode().add(1).add("two");
            case 3 -> NODES.objectNode().put("x", 1);
            case 4 -> NODES.nullNode();
            case 5 -> NODES.booleanNode(true);
            default -> NODES.textNode("x^".repeat(random.nextInt(300)) + "x");
        };
    }
}
