package org.landscapelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The digest a manifest carries, so that a replay can tell an edited manifest: "sha256:" and the
 * SHA-256, in lower-case hex, of the manifest's canonical run settings.
 *
 * <p>Canonical: the manifest's JSON as this version writes it from the values read (so spacing, key
 * order and how a number is spelled in the file do not matter, only the values), without the fields
 * that label or display but never change a result — {@code digest} itself, {@code app_version}, and
 * the landscape's {@code id}, {@code name}, {@code description}, parameter {@code description}s,
 * suggested {@code starts} and colour {@code scale} — serialized with the keys of every object
 * sorted, no whitespace, numbers as Jackson writes doubles, in UTF-8.
 */
final class ManifestDigest {
    static final String FIELD = "digest";
    private static final String PREFIX = "sha256:";
    private static final List<String> UNDIGESTED = List.of(FIELD, "app_version");
    private static final List<String> UNDIGESTED_LANDSCAPE = List.of("id", "name", "description", "starts", "scale");

    private static final ObjectMapper COMPACT = new ObjectMapper();

    private ManifestDigest() {}

    /** The digest of a manifest's JSON as {@link ManifestFormat#write} makes it (its own digest field, if any, is left out). */
    static String of(ObjectNode manifest) {
        ObjectNode settings = manifest.deepCopy();
        settings.remove(UNDIGESTED);
        if (settings.get("landscape") instanceof ObjectNode landscape) {
            landscape.remove(UNDIGESTED_LANDSCAPE);
            if (landscape.get("parameters") instanceof ArrayNode parameters) {
                for (JsonNode p : parameters) if (p instanceof ObjectNode o) o.remove("description");
            }
        }
        try {
            byte[] canonical = COMPACT.writeValueAsBytes(sortedKeys(settings));
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static JsonNode sortedKeys(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            TreeSet<String> names = new TreeSet<>();
            n.fieldNames().forEachRemaining(names::add);
            for (String name : names) out.set(name, sortedKeys(n.get(name)));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(n.size());
            for (JsonNode e : n) out.add(sortedKeys(e));
            return out;
        }
        return n;
    }
}
