package org.landscapelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a Landscape Lab JSON file is, from its "format" field, so that one Open command takes them all. */
public enum FileKind {
    SESSION, MANIFEST, SCENARIO, LANDSCAPE;

    /** Reads just enough of the file to tell; IOException with a clear message if it is not one of ours. */
    public static FileKind of(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file.getFileName() + " is not a JSON file: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new IOException(file.getFileName() + " is not a Landscape Lab file (expected a JSON object)");
        JsonNode format = root.get("format");
        String f = format == null ? "" : format.asText();
        return switch (f) {
            case "landscape-lab/session" -> SESSION;
            case "landscape-lab/manifest" -> MANIFEST;
            case "landscape-lab/scenario" -> SCENARIO;
            case "landscape-lab/landscape", "" -> {
                if (!root.has("expression")) throw new IOException(file.getFileName() + " is not a Landscape Lab file (no \"format\" and no \"expression\")");
                yield LANDSCAPE;
            }
            default -> throw new IOException(file.getFileName() + " has the format \"" + f + "\", which this version cannot open");
        };
    }
}
