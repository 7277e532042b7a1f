package org.landscapelab.landscape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in landscapes, read from {@code catalog.json} in the same format as landscape files.
 * A broken entry there is a bug in the build, so it fails loudly.
 */
public final class Catalog {
    private static final String RESOURCE = "catalog.json";

    private final List<Landscape> landscapes;

    private Catalog(List<Landscape> landscapes) {
        this.landscapes = List.copyOf(landscapes);
    }

    public static Catalog builtIn() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
            JsonNode root = new ObjectMapper().readTree(in);
            LandscapeFormat format = new LandscapeFormat();
            List<Landscape> list = new ArrayList<>();
            for (JsonNode entry : root) list.add(format.read((ObjectNode) entry, RESOURCE));
            return new Catalog(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LandscapeFileException e) {
            throw new IllegalStateException("built-in catalog is broken: " + e.getMessage(), e);
        }
    }

    public List<Landscape> all() { return landscapes; }

    public Optional<Landscape> byId(String id) {
        return landscapes.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return landscapes.stream().map(Landscape::id).toList();
    }
}
