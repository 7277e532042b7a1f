package org.landscapelab.landscape;

/**
 * A computation on a landscape that would take too long: the work it needs (points × the cost of
 * one evaluation, see {@link LandscapeFunction#cost}) is more than its limit. Thrown before the
 * work starts where it can be estimated, or as soon as the limit is passed; the message says
 * what and by how much.
 */
public final class WorkLimitException extends IllegalArgumentException {
    public WorkLimitException(String message) {
        super(message);
    }
}
