package org.landscapelab.ui.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.io.SampleLandscapes;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.LandscapeFiles;

/** The landscapes a user can pick: the built-in catalog, the shipped sample files, and files opened. */
public final class LandscapeLibrary {
    /** Where an entry came from, for grouping in the picker. */
    public enum Source { BUILT_IN, SAMPLE, FILE, TYPED }

    public record Entry(Landscape landscape, Source source) {
        @Override
        public String toString() {
            return landscape.name();
        }
    }

    private final List<Entry> entries;
    private final List<String> problems;

    private LandscapeLibrary(List<Entry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** The catalog and the sample files bundled with the app. */
    public static LandscapeLibrary load() {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Landscape l : Catalog.builtIn().all()) entries.add(new Entry(l, Source.BUILT_IN));
        SampleLandscapes samples = SampleLandscapes.bundled();
        for (Landscape l : samples.landscapes()) entries.add(new Entry(l, Source.SAMPLE));
        problems.addAll(samples.problems());
        return new LandscapeLibrary(entries, problems);
    }

    public List<Entry> entries() { return entries; }

    /** Files that did not load, one message each (the rest loaded). */
    public List<String> problems() { return problems; }

    /** Loads a landscape file chosen by the user. */
    public static Entry open(Path file) throws LandscapeFileException {
        return new Entry(new LandscapeFiles().load(file), Source.FILE);
    }
}
