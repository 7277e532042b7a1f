package org.landscapelab.nn.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscapelab.ReferenceData;

/** Every case in reference/networks: output, loss, each gradient, grad norms and probes to 1e-9. */
class ReferenceConformanceTest {
    static final double TOLERANCE = 1e-9;

    static List<Path> cases() {
        return ReferenceData.cases("networks");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesPyTorchAutograd(Path file) throws Exception {
        ReferenceCase c = ReferenceCase.read(file);
        Conformance result = c.evaluate();
        for (Conformance.Check check : result.checks()) {
            assertThat(check.relError()).as("%s %s: %s", c.name(), check.kind(), check.label()).isLessThanOrEqualTo(TOLERANCE);
        }
        // Every kind the file holds was compared.
        assertThat(result.checks()).extracting(Conformance.Check::kind)
                .contains(Conformance.Kind.OUTPUT, Conformance.Kind.LOSS, Conformance.Kind.GRADS, Conformance.Kind.PROBES);
        long gradChecks = result.checks().stream().filter(k -> k.kind() == Conformance.Kind.GRADS).count();
        assertThat(gradChecks).isEqualTo(c.network().parameters().size());
    }
}
