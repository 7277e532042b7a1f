package org.landscapelab.landscape.expr;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded random expression trees over x, y and named inputs, for property tests. */
final class RandomTrees {
    private RandomTrees() {}

    static Node tree(SplittableRandom random, int depth, List<String> inputs) {
        if (depth == 0 || random.nextInt(5) == 0) return leaf(random, inputs);
        int kind = random.nextInt(10);
        if (kind < 5) {
            Node.BinaryOp op = Node.BinaryOp.values()[random.nextInt(Node.BinaryOp.values().length)];
            Node right = op == Node.BinaryOp.POW && random.nextBoolean()
                    ? new Node.Const(random.nextInt(-2, 6)) : tree(random, depth - 1, inputs);
            return new Node.Binary(op, tree(random, depth - 1, inputs), right);
        }
        if (kind < 6) return new Node.Neg(tree(random, depth - 1, inputs));
        Function[] typeable = java.util.Arrays.stream(Function.values())
                .filter(fn -> Function.byName(fn.displayName()).isPresent()).toArray(Function[]::new);
        Function fn = typeable[random.nextInt(typeable.length)];
        Node[] args = new Node[fn.arity()];
        for (int i = 0; i < args.length; i++) args[i] = tree(random, depth - 1, inputs);
        return new Node.Call(fn, List.of(args));
    }

    private static Node leaf(SplittableRandom random, List<String> inputs) {
        return switch (random.nextInt(4)) {
            case 0 -> new Node.Variable("x");
            case 1 -> new Node.Variable("y");
            case 2 -> new Node.Variable(inputs.get(random.nextInt(inputs.size())));
            default -> new Node.Const(Math.round(random.nextDouble(-3, 3) * 4) / 4.0);
        };
    }
}
