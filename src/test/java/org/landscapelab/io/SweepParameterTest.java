package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.landscapelab.noise.NoiseCatalog;

/** The sweep's parameter in scenario files is one of the noise catalog's sweepable parameters, by name. */
class SweepParameterTest {
    private final ScenarioFormat format = new ScenarioFormat();

    @Test
    void anUnknownParameterNamesTheField() throws Exception {
        String bad = ScenarioChecksTest.edited("05", "\"parameter\": \"hurst\"", "\"parameter\": \"gamma\"");
        assertThatThrownBy(() -> format.read(bad, "class.json")).isInstanceOfSatisfying(ScenarioFileException.class, e -> {
            assertThat(e.field()).isEqualTo("ensemble.sweep.parameter");
            assertThat(e.problem()).isEqualTo("expected one of sigma, hurst, theta, alpha, got \"gamma\"");
        });
    }

    @Test
    void everySweepableParameterIsReadByItsName() throws Exception {
        String theta = ScenarioChecksTest.edited("05", "\"parameter\": \"hurst\", \"from\": 0.2, \"to\": 0.8",
                "\"parameter\": \"theta\", \"from\": 0.5, \"to\": 4");
        assertThat(format.read(theta, "class.json").ensemble().orElseThrow().sweep().parameter()).isSameAs(NoiseCatalog.THETA);
        assertThat(format.read(ScenarioChecksTest.edited("05", "\"to\": 0.8", "\"to\": 0.9"), "class.json")
                .ensemble().orElseThrow().sweep().parameter()).isSameAs(NoiseCatalog.HURST);
    }
}
