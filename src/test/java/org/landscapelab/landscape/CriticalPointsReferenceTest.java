package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscapelab.Csv;
import org.landscapelab.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every landscape in critical-points.csv (SymPy + SciPy multi-start Newton): the finder returns the
 * same points within 1e-6, with the same types and Hessian eigenvalues, and nothing more.
 */
class CriticalPointsReferenceTest {

    @TestFactory
    List<DynamicTest> matchesTheReferenceSet() throws IOException {
        String text = Files.readString(ReferenceData.dir().resolve("critical-points.csv"));
        Map<String, List<Map<String, String>>> byLandscape = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(text)) {
            byLandscape.computeIfAbsent(row.get("landscape"), k -> new ArrayList<>()).add(row);
        }
        assertThat(byLandscape).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        byLandscape.forEach((name, rows) -> tests.add(DynamicTest.dynamicTest(name, () -> check(rows))));
        return tests;
    }

    private static void check(List<Map<String, String>> rows) {
        Map<String, String> first = rows.get(0);
        Domain domain = new Domain(num(first, "xmin"), num(first, "xmax"), num(first, "ymin"), num(first, "ymax"));
        CriticalSet found = CriticalPoints.find(Expression.parse(first.get("expression")).bind(), domain);
        assertThat(found.curvePoints()).isEmpty();
        assertThat(found.points()).as("number of critical points").hasSize(rows.size());
        for (Map<String, String> row : rows) {
            double x = num(row, "x");
            double y = num(row, "y");
            CriticalPoint match = found.points().stream()
                    .filter(p -> Math.abs(p.x() - x) <= 1e-6 && Math.abs(p.y() - y) <= 1e-6)
                    .findFirst().orElse(null);
            assertThat(match).as("critical point near (%s, %s)", x, y).isNotNull();
            assertThat(match.type().label()).as("type at (%s, %s)", x, y).isEqualTo(row.get("type"));
            // The file prints eigenvalues to 8 significant digits.
            assertEigen(match.eigMin(), num(row, "hessian_eig_min"));
            assertEigen(match.eigMax(), num(row, "hessian_eig_max"));
            assertThat(match.value()).isCloseTo(num(row, "value"), org.assertj.core.data.Offset.offset(1e-7 * Math.max(1, Math.abs(num(row, "value")))));
        }
    }

    private static void assertEigen(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(expected))));
    }

    private static double num(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }
}
