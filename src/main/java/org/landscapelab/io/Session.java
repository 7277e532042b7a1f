package org.landscapelab.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.landscapelab.landscape.Landscape;

/**
 * The whole lab state, as a session file restores it: the landscape in full (so typed and opened
 * landscapes come back as they were), how it is viewed, the optimizer race, the playback step, the
 * ensemble settings, and the network panels' settings, which io keeps as an opaque map of strings.
 * Plain values: the UI maps its view models to and from them. Read and written by {@link SessionFormat}.
 * Landscapes have no value equality, so sessions are compared by their JSON ({@link SessionFormat#text}).
 * A landscape without an expression (a network slice) is not stored: a session saved with one open
 * reads back with {@code landscape} null, and the rest of the lab as it was.
 */
public record Session(Landscape landscape, ViewSettings view, RaceSettings race, int playbackStep,
                      EnsembleSettings ensemble, Map<String, String> network) {
    public Session {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(ensemble, "ensemble");
        if (playbackStep < 0) throw new IllegalArgumentException("playback step must be >= 0, got " + playbackStep);
        // insertion order kept, so a saved file lists the settings as the UI gave them
        network = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(network, "network")));
        for (Map.Entry<String, String> e : network.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) throw new IllegalArgumentException("network settings must not be null");
        }
    }
}
