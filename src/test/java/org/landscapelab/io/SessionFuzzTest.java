package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;

/** Seeded mutations of valid sessions give a session or a SessionFileException naming the file, nothing else. */
class SessionFuzzTest {
    private static final int CASES = 3000;

    private final SessionFormat format = new SessionFormat();

    static List<String> validSessions() {
        SessionFormat format = new SessionFormat();
        return List.of(
                format.text(SessionTest.session(Samples.catalog("himmelblau"))),
                format.text(SessionTest.session(Samples.leastSquares().withParameter("lam", 0.125))),
                format.text(SessionTest.session(Samples.landscapeFile("rosenbrock_family.json"))),
                format.text(SessionTest.session(Landscape.ofExpression("x^4 - 2*x^2 + y^2 + 0.3*x*y", new Domain(-2, 2, -1.5, 1.5)))));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedSessionsGiveOnlyCleanErrors() {
        List<String> bugs = ReaderFuzz.bugs(validSessions(), CASES, 20, SessionFileException.class, json -> {
            Session s = format.read(json, ReaderFuzz.FILE);
            format.read(format.text(s), "again.json");
        });
        assertThat(bugs).as(String.join("\n", bugs)).isEmpty();
    }
}
