package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {
    @TempDir
    Path dir;

    private static JFreeChart chart() {
        XYSeries s = new XYSeries("loss");
        for (int k = 0; k < 50; k++) s.add(k, Math.exp(-k / 10.0));
        return ChartFactory.createXYLineChart("Training loss", "step", "loss", new XYSeriesCollection(s));
    }

    @Test
    void writesVectorAndPixelFiles() throws Exception {
        Path svg = dir.resolve("loss.svg");
        ChartFiles.write(chart(), svg, 480, 300, 300);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("path").getLength()).isPositive();
        assertThat(Files.readString(svg)).contains("Training loss");

        Path pdf = dir.resolve("loss.pdf");
        ChartFiles.write(chart(), pdf, 480, 300, 300);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Path png = dir.resolve("loss.png");
        ChartFiles.write(chart(), png, 480, 300, 150);
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(625);
    }

    @Test
    void anUnknownFormatOrAMissingFolderWritesNothing() {
        assertThatThrownBy(() -> ChartFiles.write(chart(), dir.resolve("loss.jpg"), 480, 300, 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use .png, .svg or .pdf");
        assertThatThrownBy(() -> ChartFiles.write(chart(), dir.resolve("missing/loss.svg"), 480, 300, 300))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("does not exist");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
