package org.landscapelab.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.landscapelab.noise.NoiseKind;

/** The noise kinds' names, for the help text of --noise and --process (picocli's completion candidates). */
final class NoiseKindNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(NoiseKind.values()).map(NoiseKind::cliName).iterator();
    }
}
