package org.landscapelab.nn.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.ReferenceData;
import org.landscapelab.io.ReaderFuzz;

/**
 * Seeded mutations of every reference case give a case that evaluates to finite errors or a
 * ReferenceCaseException naming the file (and the field, when it is the file that is wrong), nothing else.
 */
class ReferenceCaseFuzzTest {
    /** Fewer than for the small files: parsing the 300–400 KB transformer cases dominates. */
    private static final int CASES = 700;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedCasesGiveOnlyCleanErrors() throws IOException {
        List<String> cases = new ArrayList<>();
        for (Path file : ReferenceData.cases("networks")) cases.add(Files.readString(file));
        List<String> bugs = ReaderFuzz.bugs(cases, CASES, 12, ReferenceCaseException.class, json -> {
            ReferenceCase read = ReferenceCase.read(json.getBytes(StandardCharsets.UTF_8), ReaderFuzz.FILE);
            Conformance c;
            try {
                c = read.evaluate();
            } catch (ReferenceCaseException e) { // a case that reads but whose numbers overflow: no field to name
                if (!e.getMessage().startsWith(ReaderFuzz.FILE + ": ")) throw new AssertionError("does not name the file: " + e.getMessage());
                return;
            }
            if (!c.checks().stream().allMatch(k -> Double.isFinite(k.relError()))) throw new AssertionError("a non-finite error in " + c.checks());
        });
        assertThat(bugs).as(String.join("\n", bugs)).isEmpty();
    }
}
