package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI is organized by feature without import cycles: the top package (App, MainController) may
 * use every feature, no feature uses the top package, and ui.fx (shared helpers) uses no feature.
 * Read from the sources: imports and fully qualified names both count.
 */
class UiPackagesTest {
    private static final Path UI = Path.of("src/main/java/org/landscapelab/ui");
    private static final Pattern REFERENCE = Pattern.compile("org\\.landscapelab\\.(ui(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    /** Package → the ui packages its classes refer to. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(UI)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String pkg = ("ui." + UI.relativize(source.getParent()).toString().replace('/', '.')).replaceAll("\\.$", "");
            Set<String> uses = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(Files.readString(source));
            while (m.find()) if (!m.group(1).equals(pkg)) uses.add(m.group(1));
        }
        return deps;
    }

    @Test
    void noPackageInsideUiDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        assertThat(deps).containsKeys("ui", "ui.fx", "ui.landscape", "ui.race", "ui.ensemble", "ui.scenario", "ui.files", "ui.charts",
                "ui.three", "ui.network", "ui.experiments");
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            if (reaches(deps, start, start, new TreeSet<>())) cycles.add(start);
        }
        assertThat(cycles).as("packages on an import cycle; dependencies: %s", deps).isEmpty();
    }

    @Test
    void featuresLeaveTheTopPackageAloneAndTheHelpersLeaveTheFeaturesAlone() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        deps.forEach((pkg, uses) -> {
            if (!pkg.equals("ui")) assertThat(uses).as(pkg).doesNotContain("ui");
        });
        assertThat(deps.get("ui.fx")).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String target, Set<String> seen) {
        for (String next : deps.getOrDefault(from, Set.of())) {
            if (next.equals(target)) return true;
            if (seen.add(next) && reaches(deps, next, target, seen)) return true;
        }
        return false;
    }
}
