package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.ChartDrawable;
import org.landscapelab.render.Drawable;
import org.landscapelab.render.Figure;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.FigureSamples;
import org.landscapelab.render.FigureSize;

/** The one dispatcher: every picture (a landscape figure, a chart) goes to the encoder its file's extension names, in any case. */
class FigureFormatsTest {
    private static final FigureSize SIZE = new FigureSize(144, 108, 100); // a PNG of 200 x 150 pixels
    private static Figure figure;
    private static ChartDrawable chart;

    @TempDir
    Path dir;

    @BeforeAll
    static void drawables() {
        Landscape himmelblau = Landscape.ofExpression(FigureSamples.HIMMELBLAU, new Domain(-5, 5, -5, 5));
        figure = Figure.compute(himmelblau, FigureOptions.defaults().withSize(144, 108).withTitle("Himmelblau"));
        XYSeries s = new XYSeries("loss");
        for (int k = 0; k < 20; k++) s.add(k, Math.exp(-k / 5.0));
        chart = new ChartDrawable(ChartFactory.createXYLineChart("Training loss", "step", "loss", new XYSeriesCollection(s)));
    }

    static Stream<Arguments> namesAndFormats() {
        List<String[]> names = List.of(new String[] {"fig.png", "PNG"}, new String[] {"fig.PNG", "PNG"}, new String[] {"fig.svg", "SVG"},
                new String[] {"fig.SVG", "SVG"}, new String[] {"fig.pdf", "PDF"}, new String[] {"fig.Pdf", "PDF"},
                new String[] {"a.pdf.png", "PNG"});
        return Stream.of("figure", "chart").flatMap(d -> names.stream().map(n -> Arguments.of(d, n[0], n[1])));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("namesAndFormats")
    void eachExtensionGoesToItsEncoder(String drawable, String name, String format) throws Exception {
        Path file = dir.resolve(name);
        FigureFiles.write(drawable(drawable), file, SIZE);
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
        switch (format) {
            case "PNG" -> {
                assertThat(head).startsWith("\u0089PNG\r\n");
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                assertThat(image.getWidth()).isEqualTo(200);
                assertThat(image.getHeight()).isEqualTo(150);
            }
            case "SVG" -> assertThat(head).startsWith("<?xml").contains("<svg").contains("width='144.0'");
            case "PDF" -> assertThat(head).startsWith("%PDF-");
            default -> throw new AssertionError(format);
        }
    }

    static Stream<Arguments> unknownNames() {
        return Stream.of("figure", "chart").flatMap(d -> Stream.of("fig.jpg", "fig", "fig.png.bak", "figpng", "fig.gif")
                .map(n -> Arguments.of(d, n)));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("unknownNames")
    void anUnknownExtensionIsACleanErrorAndWritesNothing(String drawable, String name) throws Exception {
        assertThatThrownBy(() -> FigureFiles.write(drawable(drawable), dir.resolve(name), SIZE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown figure format of '" + name + "': use .png, .svg or .pdf");
        assertThatThrownBy(() -> FigureFiles.content(drawable(drawable), dir.resolve(name), SIZE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown figure format of '" + name + "': use .png, .svg or .pdf");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static Drawable drawable(String name) {
        return name.equals("figure") ? figure : chart;
    }
}
