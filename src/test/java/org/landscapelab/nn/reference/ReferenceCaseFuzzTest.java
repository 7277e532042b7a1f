package org.landscapelab.nn.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.ReferenceData;
import org.landscapelab.SeededJsonMutations;

/**
 * Seeded mutations of every reference case (text and tree edits): each is either a clean
 * {@link ReferenceCaseException} with a message or a case that evaluates, never another exception.
 */
class ReferenceCaseFuzzTest {
    /** Mutations of one case: about 2,800 in all, fewer of the large transformer cases (300-400 KB), whose parsing dominates. */
    static int mutations(long bytes) {
        return (int) Math.max(60, Math.min(750, 30_000_000 / bytes));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedCasesGiveCleanErrorsOrEvaluate() throws Exception {
        List<Path> cases = ReferenceData.cases("networks");
        ObjectMapper json = new ObjectMapper();
        int errors = 0, evaluated = 0, total = 0;
        for (Path file : cases) {
            String text = Files.readString(file);
            JsonNode tree = json.readTree(text);
            int n = mutations(Files.size(file));
            total += n;
            SplittableRandom random = new SplittableRandom(file.getFileName().toString().hashCode());
            for (int i = 0; i < n; i++) {
                String mutated = SeededJsonMutations.mutate(text, tree, random);
                try {
                    Conformance c = ReferenceCase.read(mutated.getBytes(java.nio.charset.StandardCharsets.UTF_8), "m.json").evaluate();
                    assertThat(c.checks()).allMatch(k -> Double.isFinite(k.relError()));
                    evaluated++;
                } catch (ReferenceCaseException e) {
                    assertThat(e.getMessage()).startsWith("m.json: ").hasSizeGreaterThan("m.json: ".length() + 5);
                    errors++;
                } catch (RuntimeException e) {
                    throw new AssertionError(file.getFileName() + " mutation " + i + " threw " + e + " on:\n"
                            + mutated.substring(0, Math.min(2000, mutated.length())), e);
                }
            }
        }
        assertThat(errors + evaluated).isEqualTo(total).isGreaterThan(cases.size() * 60);
        assertThat(errors).isGreaterThan(total / 4);
        assertThat(evaluated).isGreaterThan(0);
    }
}
