package org.landscapelab.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The scenarios shipped with the app (sample-landscapes/scenarios), in file-name order. */
public final class ScenarioLibrary {
    static final String FOLDER = "sample-landscapes/scenarios";

    /** A shipped scenario and the name of its file. */
    public record Entry(String file, Scenario scenario) {}

    private final List<Entry> entries;
    private final List<String> problems;

    private ScenarioLibrary(List<Entry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static ScenarioLibrary bundled() {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ScenarioFormat format = new ScenarioFormat();
        try {
            for (Map.Entry<String, String> file : BundledFiles.read(FOLDER, ".json")) {
                try {
                    entries.add(new Entry(file.getKey(), format.read(file.getValue(), file.getKey())));
                } catch (ScenarioFileException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add("the shipped scenarios could not be read: " + e.getMessage());
        }
        return new ScenarioLibrary(entries, problems);
    }

    public List<Entry> entries() { return entries; }

    /** Files that did not load, one message each (the rest loaded). */
    public List<String> problems() { return problems; }
}
