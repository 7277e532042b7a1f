package org.landscapelab.optim;

import org.landscapelab.landscape.Expression;
import org.landscapelab.sim.LandscapeOracle;

/** 2-D landscape expressions as oracles, with their exact symbolic gradient and Hessian. */
final class TestOracles {
    private TestOracles() {}

    static LandscapeOracle oracle(String expression) {
        return new LandscapeOracle(Expression.parse(expression).bind());
    }
}
