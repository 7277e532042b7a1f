package org.landscapelab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ColormapTest {

    /**
     * Expected colours from matplotlib 3.6.3: {@code matplotlib.colors.to_hex(matplotlib.colormaps[name](k / 255))}.
     * matplotlib looks up entry floor(t 256) of its 256-entry table; at t = k / 255 that is entry
     * k, which linear interpolation must reproduce too.
     */
    @ParameterizedTest
    @CsvSource({
        "viridis, 0, 440154", "viridis, 64, 3b528b", "viridis, 128, 21918c", "viridis, 191, 5cc863", "viridis, 255, fde725",
        "cividis, 0, 00224e", "cividis, 64, 434e6c", "cividis, 128, 7d7c78", "cividis, 191, bbad6d", "cividis, 255, fee838",
        "coolwarm, 0, 3b4cc0", "coolwarm, 64, 8db0fe", "coolwarm, 128, dddcdc", "coolwarm, 191, f49a7b", "coolwarm, 255, b40426",
    })
    void matchesMatplotlib(String name, int k, String hex) {
        int argb = Colormap.byName(name).argb(k / 255.0);
        assertThat(Integer.toHexString(argb)).isEqualTo("ff" + hex);
    }

    @Test
    void interpolatesLinearlyBetweenTableEntries() {
        // viridis entries 100 and 101 in matplotlib's _viridis_data are (0.166617, 0.463708, 0.558119)
        // and (0.165117, 0.467423, 0.558141); halfway is 255 * mean = (42.30, 118.72, 142.32).
        int argb = Colormap.VIRIDIS.argb(100.5 / 255);
        assertThat(argb).isEqualTo(0xFF000000 | 42 << 16 | 119 << 8 | 142);
    }

    @Test
    void clampsAndMapsNanToTransparent() {
        Colormap c = Colormap.byName("Viridis");
        assertThat(c.argb(-3)).isEqualTo(c.argb(0));
        assertThat(c.argb(7)).isEqualTo(c.argb(1));
        assertThat(c.argb(Double.NaN) >>> 24).isZero();
    }

    @Test
    void namesAndUnknownName() {
        assertThat(Colormap.names()).containsExactly("viridis", "cividis", "coolwarm");
        assertThatThrownBy(() -> Colormap.byName("jet")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("viridis");
    }
}
