package org.landscapelab.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.LandscapeFormat;

/**
 * The sample landscape files shipped with the lab (sample-landscapes/*.json), as the app's picker,
 * scenarios and the command line know them: by id. A file that does not load is a problem to
 * report, and the others still load.
 */
public record SampleLandscapes(List<Landscape> landscapes, List<String> problems) {
    public SampleLandscapes {
        landscapes = List.copyOf(landscapes);
        problems = List.copyOf(problems);
    }

    public static SampleLandscapes bundled() {
        List<Landscape> landscapes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        LandscapeFormat format = new LandscapeFormat();
        try {
            for (Map.Entry<String, String> file : BundledFiles.read("sample-landscapes", ".json")) {
                try {
                    landscapes.add(format.read(file.getValue(), file.getKey()));
                } catch (LandscapeFileException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add("sample landscapes could not be read: " + e.getMessage());
        }
        return new SampleLandscapes(landscapes, problems);
    }

    public Optional<Landscape> byId(String id) {
        return landscapes.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return landscapes.stream().map(Landscape::id).toList();
    }
}
