package org.landscapelab.ui.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.landscapelab.experiments.BnDecoupling;
import org.landscapelab.experiments.ExperimentTable;
import org.landscapelab.experiments.Moments;
import org.landscapelab.experiments.TableRow;
import org.landscapelab.experiments.WideningValley;

/** The Experiments tab's table: the command's CSV columns, numbers to four significant digits. */
final class ExperimentRows {
    private ExperimentRows() {}

    static List<String> header(ExperimentTable t) {
        String name = t.settings().split(" ", 2)[0];
        List<String> h = new ArrayList<>(switch (name) {
            case "widening-valley" -> List.of("method", "step");
            case "fpgd-escape" -> List.of("hurst", "dim", "runs", "escaped", "mean_escape_step", "se", "median_escape_step");
            default -> List.of("problem", "parametrization", "step", "lr_w", "lr_g", "lr_u");
        });
        List<String> stats = switch (name) {
            case "widening-valley" -> WideningValley.STATISTICS;
            case "fpgd-escape" -> List.of();
            default -> BnDecoupling.STATISTICS;
        };
        for (String s : stats) h.addAll(List.of("mean_" + s, "se_" + s));
        return h;
    }

    static List<List<String>> rows(ExperimentTable t) {
        List<List<String>> out = new ArrayList<>();
        for (TableRow r : t.rows()) {
            List<String> cells = new ArrayList<>(r.key());
            if (r.escapes() != null) {
                Moments m = r.stat(0);
                cells.addAll(List.of(Long.toString(r.runs()), Long.toString(m.count()), number(m.meanOrNaN()), number(m.standardError()),
                        number(r.escapes().median())));
            } else {
                for (Moments m : r.stats()) cells.addAll(List.of(number(m.meanOrNaN()), number(m.standardError())));
            }
            out.add(cells);
        }
        return out;
    }

    static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "";
    }
}
