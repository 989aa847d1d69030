package dev.gradlab.core.check;

import dev.gradlab.core.lang.Ast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the tree of a size expression (a formula or a Θ-expression in declared size variables) and
 * computes its value in an {@link Algebra}: an exact number at a point, a {@link Polynomial}, a
 * Θ-class. It resolves names the way students write them: a name that is not declared but is a
 * concatenation of declared ones is their product ({@code nd} → n·d, and in {@code nd^2} the power
 * applies to d only); a declared name before parentheses is a product ({@code n(n+d)} → n·(n+d)).
 * Each such reading is recorded in {@link #notes()}. Anything else it cannot read becomes a
 * {@link ReadException} positioned in the typed text; it never throws anything else for student
 * input except {@link ArithmeticException} from the algebra (a value undefined at a point).
 * Not thread-safe; the notes are the only state it modifies.
 */
final class SizeReader<T> {
    /** The arithmetic a tree is evaluated in. Unreadable input is reported by {@link ReadException#unplaced}. */
    interface Algebra<T> {
        T constant(Rational c);

        T variable(String name);

        T add(T a, T b);

        T subtract(T a, T b);

        T multiply(T a, T b);

        T divide(T a, T b);

        T negate(T a);

        T power(T base, T exponent);

        /** {@code log}, {@code ln}, {@code log2}, {@code log10}, {@code sqrt}, {@code exp}, … of one argument. */
        T function(String name, T arg);

        /** Whether {@code Theta(…)}, {@code O(…)} and {@code Omega(…)} may wrap (parts of) the answer. */
        boolean acceptsWrappers();
    }

    /** The names that wrap an asymptotic answer ({@code Θ} and {@code Ω} are read as Theta and Omega). */
    static final Set<String> WRAPPERS = new HashSet<>(Arrays.asList("Theta", "theta", "O", "Omega", "omega", "BigO"));

    /** Functions a student might try; the algebra decides which it supports. */
    static final Set<String> FUNCTIONS = new HashSet<>(Arrays.asList("log", "ln", "log2", "log10", "sqrt", "exp",
            "sin", "cos", "tan", "abs", "sign", "tanh", "sech", "sigmoid", "relu", "softmax", "sum", "mean", "max", "min",
            "norm", "inv", "solve", "pinv", "diag", "ones", "zeros", "eye", "trace", "floor", "ceil"));

    private final Algebra<T> algebra;
    private final List<String> variables;
    private final AnswerText text;
    private final LinkedHashSet<String> notes = new LinkedHashSet<>();

    SizeReader(Algebra<T> algebra, List<String> variables, AnswerText text) {
        this.algebra = algebra;
        this.variables = new ArrayList<>(new LinkedHashSet<>(variables));
        this.text = text;
    }

    /**
     * The declared variables that occur inside an exponent ({@code N} in {@code V^N}), read as
     * {@link #read()} would read them; unknown names are ignored here.
     */
    Set<String> exponentVariables() {
        Set<String> out = new LinkedHashSet<>();
        collectExponentVariables(text.expr(), false, out);
        return out;
    }

    private void collectExponentVariables(Ast.Expr e, boolean inExponent, Set<String> out) {
        if (e instanceof Ast.Name || e instanceof Ast.Call) {
            String name = e instanceof Ast.Name ? ((Ast.Name) e).name : ((Ast.Call) e).function;
            if (inExponent && variables.contains(name)) {
                out.add(name);
            } else if (inExponent && split(name) != null) {
                out.addAll(split(name));
            }
            if (e instanceof Ast.Call) {
                for (Ast.Expr a : ((Ast.Call) e).args) {
                    collectExponentVariables(a, inExponent, out);
                }
            }
        } else if (e instanceof Ast.Unary) {
            collectExponentVariables(((Ast.Unary) e).operand, inExponent, out);
        } else if (e instanceof Ast.Binary) {
            Ast.Binary b = (Ast.Binary) e;
            collectExponentVariables(b.left, inExponent, out);
            collectExponentVariables(b.right, inExponent || b.op.equals("**"), out);
        }
    }

    /** The value of the whole answer. */
    T read() {
        return read(text.expr());
    }

    /** How ambiguous names were read ("read nd as n·d"), in order, without repeats. */
    List<String> notes() {
        return Collections.unmodifiableList(new ArrayList<>(notes));
    }

    private T read(Ast.Expr e) {
        if (e instanceof Ast.Num) {
            try {
                return algebra.constant(Rational.parseDecimal(((Ast.Num) e).text));
            } catch (NumberFormatException ex) {
                throw text.error(e, "the number " + ((Ast.Num) e).text + " is too large or too small to use exactly");
            }
        }
        if (e instanceof Ast.Name) {
            return product(factors(((Ast.Name) e).name, e), e);
        }
        if (e instanceof Ast.Unary) {
            Ast.Unary u = (Ast.Unary) e;
            T x = read(u.operand);
            return u.op.equals("-") ? at(e, () -> algebra.negate(x)) : x;
        }
        if (e instanceof Ast.Binary) {
            return binary((Ast.Binary) e);
        }
        if (e instanceof Ast.Call) {
            return call((Ast.Call) e);
        }
        throw text.error(e, unsupported(e) + " cannot be part of " + (algebra.acceptsWrappers()
                ? "a Θ-expression" : "a formula") + "; allowed: numbers, the sizes " + String.join(", ", variables)
                + ", + - * / ^ and parentheses");
    }

    private static String unsupported(Ast.Expr e) {
        if (e instanceof Ast.Compare) {
            return "a comparison";
        } else if (e instanceof Ast.Logic) {
            return "'and', 'or' or 'not'";
        } else if (e instanceof Ast.Const) {
            return "True, False or None";
        } else if (e instanceof Ast.Str) {
            return "a string";
        } else if (e instanceof Ast.ListLit) {
            return "a list or tuple";
        } else if (e instanceof Ast.Index || e instanceof Ast.Slice) {
            return "indexing";
        } else if (e instanceof Ast.Transpose) {
            return "a transpose";
        } else if (e instanceof Ast.Attr) {
            return "an attribute such as .shape";
        }
        return "this kind of expression (" + e.getClass().getSimpleName() + ")";
    }

    private T binary(Ast.Binary b) {
        switch (b.op) {
            case "+": case "-": case "*": case "/": {
                T l = read(b.left);
                T r = read(b.right);
                return at(b, () -> b.op.equals("+") ? algebra.add(l, r) : b.op.equals("-") ? algebra.subtract(l, r)
                        : b.op.equals("*") ? algebra.multiply(l, r) : algebra.divide(l, r));
            }
            case "**":
                return power(b);
            case "@":
                throw text.error(b, "@ is the matrix product; write * to multiply sizes");
            default:
                throw text.error(b, "the operator " + b.op + " cannot be used here; allowed: + - * / ^");
        }
    }

    /** {@code base^exponent}; for {@code nd^2} and {@code n(n+d)^2} only the last factor is raised. */
    private T power(Ast.Binary b) {
        List<String> prefix = Collections.emptyList();
        T base;
        String exp = exponentText(b.right);
        if (b.left instanceof Ast.Name && !variables.contains(((Ast.Name) b.left).name)) {
            String name = ((Ast.Name) b.left).name;
            List<String> parts = factors(name, b.left, false);
            String last = parts.get(parts.size() - 1);
            prefix = parts.subList(0, parts.size() - 1);
            base = algebra.variable(last);
            notes.add("read " + name + "^" + exp + " as " + String.join("·", prefix) + "·" + last + "^" + exp);
        } else if (isProductCall(b.left)) {
            Ast.Call c = (Ast.Call) b.left;
            prefix = factors(c.function, c, false);
            base = read(c.args.get(0));
            notes.add("read " + c.function + "(…)^" + exp + " as " + String.join("·", prefix) + "·(…)^" + exp);
        } else {
            base = read(b.left);
        }
        T exponent = read(b.right);
        T p = at(b, () -> algebra.power(base, exponent));
        List<String> factors = prefix;
        return factors.isEmpty() ? p : at(b, () -> algebra.multiply(product(factors, b.left), p));
    }

    private static String exponentText(Ast.Expr e) {
        if (e instanceof Ast.Num || e instanceof Ast.Name) {
            return e instanceof Ast.Num ? ((Ast.Num) e).text : ((Ast.Name) e).name;
        }
        return "(…)";
    }

    private boolean isProductCall(Ast.Expr e) {
        if (!(e instanceof Ast.Call)) {
            return false;
        }
        Ast.Call c = (Ast.Call) e;
        return c.args.size() == 1 && c.keywords.isEmpty()
                && (variables.contains(c.function) || split(c.function) != null);
    }

    private T call(Ast.Call c) {
        String f = c.function;
        if (isProductCall(c)) {
            notes.add("read " + f + "(…) as " + String.join("·", factors(f, c)) + "·(…)");
            T arg = read(c.args.get(0));
            return at(c, () -> algebra.multiply(product(factors(f, c), c), arg));
        }
        if (!c.keywords.isEmpty()) {
            throw text.error(c, "keyword arguments such as " + c.keywords.get(0) + "= cannot be used here");
        }
        if (WRAPPERS.contains(f)) {
            if (!algebra.acceptsWrappers()) {
                throw text.error(c, "Θ(…), O(…) and Ω(…) belong to asymptotic answers; a formula is an exact count");
            }
            if (c.args.size() != 1) {
                throw text.error(c, f + "(…) takes exactly one expression");
            }
            return read(c.args.get(0));
        }
        if (!FUNCTIONS.contains(f)) {
            throw text.error(c, "unknown function '" + f + "'" + (f.equals("pow") ? "; write powers as n^2" : ""));
        }
        if (c.args.size() != 1) {
            throw text.error(c, f + "(…) takes one argument here");
        }
        T arg = read(c.args.get(0));
        return at(c, () -> algebra.function(f, arg));
    }

    /** The declared variables {@code name} stands for: itself, or the parts of a concatenation. */
    private List<String> factors(String name, Ast.Expr at) {
        return factors(name, at, true);
    }

    private List<String> factors(String name, Ast.Expr at, boolean note) {
        if (variables.contains(name)) {
            return Collections.singletonList(name);
        }
        int ways = countSplits(name)[0];
        if (ways == 1) {
            List<String> parts = split(name);
            if (note) {
                notes.add("read " + name + " as " + String.join("·", parts));
            }
            return parts;
        }
        if (ways > 1) {
            throw text.error(at, "'" + name + "' can be read as a product in more than one way; write it with *");
        }
        String hint = FUNCTIONS.contains(name) || WRAPPERS.contains(name) ? "; write " + name + "(…) with parentheses"
                : hasDigit(name) ? "; write powers with ^ and products with *, as in n^2*d" : "";
        throw text.error(at, "unknown name '" + name + "': the sizes here are " + String.join(", ", variables) + hint);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * For each position i, in how many ways (0, 1, or 2 meaning "several") {@code name} from i on
     * is a concatenation of declared variables.
     */
    private int[] countSplits(String name) {
        int n = name.length();
        int[] ways = new int[n + 1];
        ways[n] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (String v : variables) {
                if (!v.isEmpty() && name.startsWith(v, i)) {
                    ways[i] = Math.min(2, ways[i] + ways[i + v.length()]);
                }
            }
        }
        return ways;
    }

    /** The unique way to write {@code name} as a product of two or more declared variables, else null. */
    private List<String> split(String name) {
        if (variables.contains(name)) {
            return null;
        }
        int[] ways = countSplits(name);
        if (ways[0] != 1) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            for (String v : variables) {
                if (!v.isEmpty() && name.startsWith(v, i) && ways[i + v.length()] > 0) {
                    parts.add(v);
                    i += v.length();
                    break;
                }
            }
        }
        return parts;
    }

    private T product(List<String> names, Ast.Expr at) {
        T p = algebra.variable(names.get(0));
        for (int i = 1; i < names.size(); i++) {
            T q = p;
            String v = names.get(i);
            p = at(at, () -> algebra.multiply(q, algebra.variable(v)));
        }
        return p;
    }

    /** Runs one algebra step, positioning any {@link ReadException} it raises at {@code node}. */
    private T at(Ast.Expr node, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ReadException e) {
            throw e.placed() ? e : text.error(node, e.getMessage());
        }
    }
}
