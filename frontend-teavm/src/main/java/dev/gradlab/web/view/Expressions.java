package dev.gradlab.web.view;

/** How a node is computed from its inputs, written the way the student's language writes it. */
final class Expressions {
    private Expressions() {
    }

    /** e.g. ("add", [x1, t1]) → "x1 + t1", ("exp", [t2]) → "exp(t2)", ("transpose", [A]) → "A.T". */
    static String of(String op, String[] args) {
        if (args.length == 2) {
            String sym = infix(op);
            if (sym != null) {
                return sym.equals("^") ? args[0] + "^" + args[1] : args[0] + " " + sym + " " + args[1];
            }
        }
        if (args.length == 1) {
            if (op.equals("neg")) {
                return "-" + args[0];
            }
            if (op.equals("transpose")) {
                return args[0] + ".T";
            }
        }
        return op + "(" + String.join(", ", args) + ")";
    }

    private static String infix(String op) {
        switch (op) {
            case "add":
                return "+";
            case "sub":
                return "-";
            case "mul":
                return "*";
            case "div":
                return "/";
            case "pow":
                return "^";
            case "matmul":
                return "@";
            default:
                return null;
        }
    }
}
