package org.landscapelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** render's files: a figure and its manifest are written together or not at all; an SVG is always XML. */
class RenderFilesTest {
    @TempDir
    Path dir;

    private CliRun render(Path out, String... more) {
        String[] base = {"render", "--landscape", "himmelblau", "--optimizer", "sgd", "--steps", "5", "--width", "160", "--height", "120",
            "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    @Test
    void anUnwritableManifestLeavesNoNewFigure() throws IOException {
        Path svg = dir.resolve("fig.svg");
        Path manifest = Files.createDirectory(dir.resolve("fig.manifest.json"));
        CliRun run = render(svg, "--manifest");
        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.err()).startsWith("error: --manifest: cannot write " + manifest + ": it is a directory");
        assertThat(svg).doesNotExist();
    }

    @Test
    void anUnwritableManifestLeavesTheOldFigureAsItWas() throws IOException {
        Path png = Files.writeString(dir.resolve("fig.png"), "the old figure");
        Files.createDirectory(dir.resolve("fig.manifest.json"));
        CliRun run = render(png, "--manifest");
        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(Files.readString(png)).isEqualTo("the old figure");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(png, dir.resolve("fig.manifest.json"));
        }
    }

    @Test
    void aFigureAndItsManifestAreWrittenTogether() throws IOException {
        Path svg = Files.writeString(dir.resolve("fig.svg"), "old");
        Files.writeString(dir.resolve("fig.manifest.json"), "old");
        CliRun run = render(svg, "--manifest");
        assertThat(run.exitCode()).as("stderr was: %s", run.err()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").endsWith("</svg>\n");
        assertThat(Files.readString(dir.resolve("fig.manifest.json"))).contains("landscape-lab/manifest");
    }

    @Test
    void controlCharactersInATitleStillGiveWellFormedSvg() throws Exception {
        Path svg = dir.resolve("t.svg");
        CliRun run = render(svg, "--title", "a\u0001b\u001b<&>\"'\uFFFE\ud800");
        assertThat(run.exitCode()).as("stderr was: %s", run.err()).isZero();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline: the SVG 1.0 DTD is on w3.org
        Document doc = xml.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTextContent()).contains("a\uFFFDb\uFFFD<&>\"'");
    }

    @ParameterizedTest
    @CsvSource({"fig.PNG, \u0089PNG", "fig.Svg, <?xml", "fig.PDF, %PDF-"})
    void theExtensionInAnyCaseChoosesTheEncoder(String name, String start) throws IOException {
        Path out = dir.resolve(name);
        CliRun run = render(out);
        assertThat(run.exitCode()).as("stderr was: %s", run.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, start.length(), java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(start);
    }

    @Test
    void anUnknownExtensionIsOneErrorLineNamingTheFile() throws IOException {
        CliRun run = render(dir.resolve("fig.jpeg"), "--manifest");
        assertThat(run.isCleanUsageError()).as("stderr was: %s", run.err()).isTrue();
        assertThat(run.err()).isEqualTo("error: --out: unknown figure format of 'fig.jpeg': use .png, .svg or .pdf" + System.lineSeparator());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
