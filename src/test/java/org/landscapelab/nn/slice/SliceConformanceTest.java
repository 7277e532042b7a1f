package org.landscapelab.nn.slice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscapelab.ReferenceData;
import org.landscapelab.nn.ParameterVector;
import org.landscapelab.nn.reference.ReferenceCase;

/** Every case in reference/slices through the core: each column to 1e-9 relative to its largest magnitude. */
class SliceConformanceTest {
    static final double TOLERANCE = 1e-9;
    static final List<String> COLUMNS = List.of("alpha", "beta", "loss", "dloss_dalpha", "dloss_dbeta");

    static List<Path> cases() {
        return ReferenceData.cases("slices");
    }

    /** The case's rows as columns: [column][row]. */
    static double[][] expectedColumns(JsonNode root) {
        JsonNode rows = root.get("rows");
        double[][] columns = new double[COLUMNS.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < COLUMNS.size(); c++) columns[c][r] = rows.get(r).get(c).asDouble();
        }
        return columns;
    }

    /** max |ours − expected| / max |expected| over the column. */
    static double relError(double[] ours, double[] expected) {
        double diff = 0, scale = 0;
        for (int i = 0; i < expected.length; i++) {
            diff = Math.max(diff, Math.abs(ours[i] - expected[i]));
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        return diff / scale;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesPyTorchAutograd(Path file) throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("columns").toString()).isEqualTo(new ObjectMapper().valueToTree(COLUMNS).toString());
        ReferenceCase c = ReferenceCase.read(ReferenceData.dir().resolve(root.get("case").asText()));
        SliceDirections d = DirectionFile.read(root.get("directions"), file.getFileName().toString(), c.network());
        FullBatchLoss loss = new FullBatchLoss(c.network(), c.input(), c.target());
        NetworkSlice slice = new NetworkSlice(loss, ParameterVector.values(c.network().parameters()), d.d1(), d.d2());
        SliceGrid grid = SliceGrid.evaluate(slice, root.get("grid").asInt(), root.get("range").asDouble(), 2, SliceGrid.QUIETLY);

        double[][] expected = expectedColumns(root);
        int k = grid.size();
        assertThat(k * k).isEqualTo(expected[0].length);
        double[] alpha = new double[k * k], beta = new double[k * k];
        for (int p = 0; p < k * k; p++) {
            alpha[p] = grid.coordinates()[p / k];
            beta[p] = grid.coordinates()[p % k];
        }
        double[][] ours = {alpha, beta, grid.loss(), grid.dAlpha(), grid.dBeta()};
        for (int col = 0; col < COLUMNS.size(); col++) {
            assertThat(relError(ours[col], expected[col])).as("%s column %s", file.getFileName(), COLUMNS.get(col))
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }
}
