package org.landscapelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.optim.OptimizerSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Several optimizers on the command line, each --optimizer KIND followed by its own --param NAME=VALUE options. */
final class RaceOptimizers {
    /**
     * One --optimizer with the --param options that follow it. --optimizer is checked in
     * {@link #specs}, not marked required, so that a stray --param gets a message that says what to do.
     */
    static final class Entry {
        @Option(names = "--optimizer", paramLabel = "KIND",
                description = "An optimizer, repeatable: sgd, adam, adamw, rmsprop, adagrad, pgd, svrg or sarah.")
        String kind;

        @Option(names = "--param", paramLabel = "NAME=VALUE",
                description = "A hyper-parameter of the --optimizer before it, by its PyTorch name, repeatable: --param lr=0.01.")
        List<String> params; // no initial list: picocli would share one list between the entries

        List<String> params() {
            return params == null ? List.of() : params;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Entry> entries = new ArrayList<>();

    /** The optimizers in the order given; none is an error, and so is a --param before every --optimizer. */
    List<OptimizerSpec> specs(ParseResult parsed) {
        for (String arg : parsed.originalArgs()) {
            if (arg.equals("--optimizer") || arg.startsWith("--optimizer=")) break;
            if (arg.equals("--param") || arg.startsWith("--param=")) {
                throw new UsageException("--param: comes before any --optimizer; give each optimizer as --optimizer KIND --param NAME=VALUE ...");
            }
        }
        if (entries.isEmpty()) throw new UsageException("--optimizer: give at least one, e.g. --optimizer adam --param lr=0.001");
        List<OptimizerSpec> specs = new ArrayList<>();
        for (Entry e : entries) {
            if (e.kind == null) throw new UsageException("--param: " + String.join(" ", e.params()) + " belongs to no --optimizer");
            specs.add(RunSpecs.optimizer(e.kind, e.params(), 0));
        }
        return specs;
    }
}
