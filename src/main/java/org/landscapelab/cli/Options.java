package org.landscapelab.cli;

import org.landscapelab.landscape.Domain;

/** Parsing of option values shared by the commands, with messages that name the option. */
final class Options {
    private Options() {}

    /** A domain "XMIN,XMAX,YMIN,YMAX", or null when the option was not given. */
    static Domain domain(String option, String text) {
        if (text == null) return null;
        try {
            return Domain.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
