package org.landscapelab.nn;

/**
 * A network whose numbers left float64 (an activation or a gradient became infinite or NaN): the
 * probes of such a layer are undefined, so they are refused in words instead of computed.
 */
public final class NetworkOverflowException extends ArithmeticException {
    public NetworkOverflowException(String message) {
        super(message);
    }
}
