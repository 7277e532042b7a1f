package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.render.ColourDifference.Vision;

/**
 * The overlay palette against what a path is drawn on and against itself, in CIEDE2000 units
 * (about 2 is just noticeable side by side; about 10 is a different colour at a glance, for
 * large patches). Lines are thin, so the thresholds are higher than for patches.
 */
class PaletteTest {
    /** A line against the figure's background (light or dark theme) and the charts' white. */
    static final double FROM_BACKGROUND = 25;
    /** A line against either end of every colour map: there its halo helps, but the colour alone must not vanish. */
    static final double FROM_COLORMAP_END = 15;
    /** Two paths, with normal colour vision: clearly different colours even as thin lines. */
    static final double BETWEEN_ENTRIES = 20;
    /** Two paths with protanopia, deuteranopia or tritanopia: still told apart (shapes and dashes help further). */
    static final double BETWEEN_ENTRIES_CVD = 10;

    private static List<Color> palette() {
        return java.util.stream.IntStream.range(0, Palette.size()).mapToObj(Palette::color).toList();
    }

    @Test
    void everyColourStandsOffBothBackgrounds() {
        for (Color c : palette()) {
            for (Theme t : Theme.values()) {
                assertThat(ColourDifference.deltaE(c, t.background())).as("%s on %s", c, t).isGreaterThan(FROM_BACKGROUND);
            }
        }
    }

    @Test
    void everyColourStandsOffTheEndsOfEveryColormap() {
        for (Color c : palette()) {
            for (Colormap m : List.of(Colormap.VIRIDIS, Colormap.CIVIDIS, Colormap.COOLWARM)) {
                for (double end : new double[] {0, 1}) {
                    assertThat(ColourDifference.deltaE(c, new Color(m.argb(end)))).as("%s on %s at %s", c, m.name(), end)
                            .isGreaterThan(FROM_COLORMAP_END);
                }
            }
        }
    }

    @Test
    void everyTwoColoursDifferWithAnyColourVision() {
        List<Color> p = palette();
        for (Vision v : Vision.values()) {
            double threshold = v == Vision.NORMAL ? BETWEEN_ENTRIES : BETWEEN_ENTRIES_CVD;
            for (int i = 0; i < p.size(); i++) {
                for (int j = i + 1; j < p.size(); j++) {
                    assertThat(ColourDifference.deltaE(p.get(i), p.get(j), v)).as("%s vs %s, %s", p.get(i), p.get(j), v).isGreaterThan(threshold);
                }
            }
        }
    }

    @Test
    void theHaloOfEveryColourContrastsWithTheLine() {
        for (Color c : palette()) {
            Color halo = Style.haloFor(c);
            Color opaque = new Color(halo.getRed(), halo.getGreen(), halo.getBlue());
            assertThat(ColourDifference.deltaE(c, opaque)).as("%s and its halo", c).isGreaterThan(FROM_BACKGROUND);
        }
    }

    @Test
    void theDifferenceMatchesPublishedValues() {
        // sanity of the measure itself: black and white are 100 apart, a colour is 0 from itself
        assertThat(ColourDifference.deltaE(Color.BLACK, Color.WHITE)).isBetween(99.9, 100.1);
        assertThat(ColourDifference.deltaE(Palette.BLUE, Palette.BLUE, Vision.DEUTERANOPIA)).isZero();
        // the reason white left the cycle: it is nothing on a white background
        assertThat(ColourDifference.deltaE(Color.WHITE, Theme.LIGHT.background())).isLessThan(FROM_BACKGROUND);
    }
}
