package org.landscapelab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.landscapelab.io.SampleLandscapes;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFileException;
import org.landscapelab.landscape.LandscapeFiles;
import org.landscapelab.landscape.expr.ExpressionException;

/** Turns the --landscape argument into a landscape: a catalog name, a sample landscape's id, a file, or an expression. */
public final class LandscapeResolver {
    /** Where a typed expression is shown and searched unless --domain says otherwise. */
    public static final Domain DEFAULT_DOMAIN = new Domain(-2, 2, -2, 2);

    private final Catalog catalog;
    private final SampleLandscapes samples;

    public LandscapeResolver(Catalog catalog, SampleLandscapes samples) {
        this.catalog = catalog;
        this.samples = samples;
    }

    public Landscape resolve(String spec, Domain domain) {
        if (spec == null || spec.isBlank()) throw new UsageException("--landscape: give a catalog name, a file or an expression");
        Landscape landscape = catalog.byId(spec).or(() -> samples.byId(spec)).orElse(null);
        if (landscape == null) landscape = fromFile(spec);
        if (landscape == null) landscape = fromExpression(spec, domain == null ? DEFAULT_DOMAIN : domain);
        return domain == null ? landscape : landscape.withDomain(domain);
    }

    private static Landscape fromFile(String spec) {
        Path path;
        try {
            path = Path.of(spec);
        } catch (RuntimeException e) {
            return null;
        }
        boolean looksLikeFile = spec.endsWith(".json");
        if (!Files.isRegularFile(path)) {
            if (looksLikeFile) throw new UsageException("--landscape: no such file: " + spec);
            return null;
        }
        try {
            return new LandscapeFiles().load(path);
        } catch (LandscapeFileException e) {
            String[] lines = e.getMessage().split("\n", 2);
            throw new UsageException("--landscape: " + lines[0], lines.length > 1 ? lines[1] : "");
        }
    }

    private Landscape fromExpression(String spec, Domain domain) {
        try {
            return Landscape.ofExpression(spec, domain);
        } catch (ExpressionException e) {
            if (spec.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                List<String> known = new ArrayList<>(catalog.ids());
                known.addAll(samples.ids());
                String near = known.stream().min(Comparator.comparingInt(id -> editDistance(id, spec))).orElse("");
                String hint = editDistance(near, spec) <= 3 ? "; did you mean '" + near + "'?" : "";
                throw new UsageException("--landscape: '" + spec + "' is not a catalog landscape, a sample, a file or an expression in x and y"
                        + hint + " (catalog: " + String.join(", ", catalog.ids()) + "; samples: " + String.join(", ", samples.ids()) + ")");
            }
            throw new UsageException("--landscape: malformed expression: " + e.getMessage(), e.caretDisplay());
        }
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
