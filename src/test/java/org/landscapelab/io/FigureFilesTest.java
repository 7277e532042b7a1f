package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Point;
import org.landscapelab.render.*;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FigureFilesTest {
    private static final List<Point> PATH = List.of(new Point(-0.3, -0.9), new Point(-1.5, -1.2), new Point(-2.6, -2.0),
            new Point(-3.3, -2.8), new Point(-3.7, -3.2));
    private static Figure figure;

    @TempDir
    Path dir;

    @BeforeAll
    static void computeFigure() {
        Landscape himmelblau = Landscape.ofExpression(FigureSamples.HIMMELBLAU, new Domain(-5, 5, -5, 5));
        figure = Figure.compute(himmelblau, FigureOptions.defaults().withSize(400, 300).withTitle("Himmelblau"))
                .withOverlay(TrajectoryOverlay.of("GD", Palette.VERMILLION, PATH));
    }

    @Test
    void svgIsXmlWithTheTrajectoryAsAPathThroughItsPoints() throws Exception {
        Path file = dir.resolve("figure.svg");
        FigureFiles.write(figure, file, FigureSize.of(figure.options()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        Element svg = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getAttribute("width")).isEqualTo("400.0");

        PlotTransform tr = figure.layout(400, 300).transform();
        NodeList paths = svg.getElementsByTagName("path");
        boolean found = false;
        for (int k = 0; k < paths.getLength() && !found; k++) {
            List<double[]> points = points(((Element) paths.item(k)).getAttribute("d"));
            if (points.size() != PATH.size()) continue;
            found = true;
            for (int p = 0; p < PATH.size(); p++) {
                Point2D expected = tr.toScreen(PATH.get(p));
                found &= Math.abs(points.get(p)[0] - expected.getX()) < 0.01 && Math.abs(points.get(p)[1] - expected.getY()) < 0.01;
            }
        }
        assertThat(found).as("a <path> through the trajectory's points in screen coordinates").isTrue();
        // the heatmap is one embedded image, not thousands of rectangles
        assertThat(Files.readString(file)).contains("data:image/png;base64");
        assertThat(svg.getElementsByTagName("rect").getLength()).isLessThan(20);
    }

    private static List<double[]> points(String d) {
        List<double[]> points = new ArrayList<>();
        Matcher m = Pattern.compile("[ML]\\s*(-?[0-9.Ee-]+)[ ,](-?[0-9.Ee-]+)").matcher(d);
        while (m.find()) points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        return points;
    }

    @Test
    void pdfIsAPdfOfTheFigureSize() throws IOException {
        Path file = dir.resolve("figure.pdf");
        FigureFiles.write(figure, file, FigureSize.of(figure.options()));
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        assertThat(text).containsPattern("/MediaBox \\[0(\\.0)? 0(\\.0)? 400(\\.0)? 300(\\.0)?\\]");
        assertThat(text.trim()).endsWith("%%EOF");
    }

    @Test
    void pngHasTheRequestedPixelsAndDpi() throws IOException {
        Path file = dir.resolve("figure.png");
        FigureFiles.write(figure, file, new FigureSize(432, 336, 150)); // 900 x 700 pixels at 150 dpi
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(900);
            assertThat(reader.getHeight(0)).isEqualTo(700);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element phys = (Element) ((Element) metadata.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs").item(0);
            assertThat(phys).isNotNull();
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            // 150 dpi = 150 / 0.0254 = 5905.5 pixels per metre
            assertThat(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"))).isEqualTo(5906);
            assertThat(Integer.parseInt(phys.getAttribute("pixelsPerUnitYAxis"))).isEqualTo(5906);
        }
    }

    @Test
    void defaultPngIsTheOptionsSizeAt300Dpi() throws IOException {
        Path file = dir.resolve("default.png");
        Figure small = figure.withOptions(figure.options().withSize(144, 72));
        FigureFiles.write(small, file, FigureSize.of(small.options()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(image.getWidth()).isEqualTo(600); // 2 inches at 300 dpi
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void writingIntoAMissingDirectoryFailsClearlyAndLeavesNothing() throws IOException {
        Path target = dir.resolve("no-such-dir").resolve("figure.pdf");
        assertThatThrownBy(() -> FigureFiles.write(figure, target, FigureSize.of(figure.options())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write")
                .hasMessageContaining(target.toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("figure.svg");
        Files.writeString(target, "old figure");
        assertThatThrownBy(() -> AtomicWrite.write(target, out -> {
            out.write("half a new fig".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old figure");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWriteReplacesTheOldFile() throws IOException {
        Path target = dir.resolve("figure.png");
        Files.writeString(target, "old figure");
        FigureFiles.write(figure, target, new FigureSize(200, 150, 72));
        assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(200);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void unknownExtensionIsRefused() {
        assertThatThrownBy(() -> FigureFiles.write(figure, dir.resolve("figure.jpg"), FigureSize.of(figure.options()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pngPixelsScaleWithDpiButTheLayoutDoesNot() {
        // the same physical size at two resolutions: the plot covers the same fraction of the image
        BufferedImage low = FigureExport.png(figure, 400, 300, 72);
        BufferedImage high = FigureExport.png(figure, 1200, 900, 216);
        assertThat(high.getWidth()).isEqualTo(3 * low.getWidth());
        int lowPixel = low.getRGB(200, 150);
        int highPixel = high.getRGB(601, 451);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat((highPixel >> shift & 0xFF) - (lowPixel >> shift & 0xFF)).isCloseTo(0, within(12));
        }
    }
}
