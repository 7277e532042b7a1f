package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatTest {
    @ParameterizedTest
    @CsvSource({"a.png, PNG", "a.PNG, PNG", "a.svg, SVG", "A.Svg, SVG", "a.pdf, PDF", "a.PDF, PDF", "my.figure.v2.pdf, PDF", ".png, PNG"})
    void theExtensionInAnyCaseNamesTheFormat(String name, FigureFormat format) {
        assertThat(FigureFormat.ofFileName(name)).isEqualTo(format);
        assertThat(format.extension()).isEqualTo(format.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anUnknownExtensionNamesTheFileAndTheFormatsThereAre() {
        assertThatThrownBy(() -> FigureFormat.ofFileName("fig.jpeg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown figure format of 'fig.jpeg': use .png, .svg or .pdf");
    }

    @Test
    void aChartPngIsLaidOutAtThePointsAskedFor() {
        // 480 points at 150 dpi are 1000 pixels, and 1000 / (150 / 72) is 479.99999999999994 points:
        // the chart must still be laid out at 480 points, as drawn straight onto the image
        JFreeChart chart = chart();
        BufferedImage expected = new BufferedImage(1000, 625, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = expected.createGraphics();
        g.scale(150 / 72.0, 150 / 72.0);
        chart.draw(g, new Rectangle2D.Double(0, 0, 480, 300));
        g.dispose();
        BufferedImage image = FigureExport.png(new ChartDrawable(chart), 1000, 625, 150);
        int[] want = expected.getRGB(0, 0, 1000, 625, null, 0, 1000);
        int[] got = image.getRGB(0, 0, 1000, 625, null, 0, 1000);
        assertThat(java.util.Arrays.mismatch(got, want)).as("the first pixel that differs (row-major), -1 for none").isEqualTo(-1);
    }

    @Test
    void aChartSvgIsWellFormedWhateverItsTitle() throws Exception {
        JFreeChart chart = chart();
        chart.setTitle("loss a\u0001b");
        String svg = FigureExport.svg(new ChartDrawable(chart), 480, 300);
        assertThat(svg).contains("loss a\uFFFDb").doesNotContain("\u0001");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static JFreeChart chart() {
        XYSeries s = new XYSeries("loss");
        for (int k = 0; k < 50; k++) s.add(k, Math.exp(-k / 10.0));
        return ChartFactory.createXYLineChart("Training loss", "step", "loss", new XYSeriesCollection(s));
    }
}
