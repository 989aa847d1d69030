package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The rule table, and its elementwise entries: every primitive with its forward, VJP, JVP and FLOPs
 * side by side. A new op is one entry. The other families ({@link ShapeOps}, {@link ReduceOps},
 * {@link LinearOps}) register here too.
 *
 * <p>Conventions where a derivative is undefined: relu'(0) = 0, abs'(0) = sign'(x) = 0;
 * d(a^b)/db is taken as 0 where a = 0.
 *
 * <p>FLOP convention: an elementwise op costs 1 per output element forward; backward, per input
 * that needs a gradient, the listed cost per element of forming g·(local derivative), plus
 * (output size − input size) additions to sum a broadcast gradient back.
 */
public final class Ops {
    private static final Map<String, Op> TABLE = new LinkedHashMap<>();

    private Ops() {
    }

    /** The unparametrised op with this name, or null. */
    public static Op get(String name) {
        return TABLE.get(name);
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(TABLE.keySet());
    }

    static Op register(Op op) {
        TABLE.put(op.name(), op);
        return op;
    }

    /** Derivative of an elementwise unary op from its input x and output y. */
    private interface Deriv {
        double at(double x, double y);
    }

    /** Partial derivative of an elementwise binary op at (a, b) with output o. */
    private interface Partial {
        double at(double a, double b, double o);
    }

    private static Tensor times(Tensor a, Tensor b) {
        return Kernels.zip(a, b, (p, q) -> p * q);
    }

    private static long size(int[] s) {
        return Shape.size(s);
    }

    private static Op unary(String name, String rule, DoubleUnaryOperator f, Deriv d, int backwardCost) {
        return register(new Op(name, rule, in -> Kernels.map(in[0], f),
                (in, out, g, need) -> new Tensor[] {times(g, Kernels.zip(in[0], out, d::at))},
                (in, out, t) -> t[0] == null ? Tensor.zeros(out.shape()) : times(t[0], Kernels.zip(in[0], out, d::at)),
                (in, out, need) -> size(out),
                (in, out, need) -> need[0] ? backwardCost * size(out) : 0));
    }

    private static Op binary(String name, String rule, DoubleBinaryOperator f, Partial da, Partial db,
            int costA, int costB) {
        return register(new Op(name, rule, in -> Kernels.zip(in[0], in[1], f), (in, out, g, need) -> {
            Tensor[] res = new Tensor[2];
            if (need[0]) {
                res[0] = Kernels.sumToShape(times(g, local(in, out, da)), in[0].shape());
            }
            if (need[1]) {
                res[1] = Kernels.sumToShape(times(g, local(in, out, db)), in[1].shape());
            }
            return res;
        }, (in, out, t) -> {
            Tensor r = Tensor.zeros(out.shape());
            if (t[0] != null) {
                r = Kernels.zip(r, times(t[0], local(in, out, da)), Double::sum);
            }
            if (t[1] != null) {
                r = Kernels.zip(r, times(t[1], local(in, out, db)), Double::sum);
            }
            return r;
        }, (in, out, need) -> size(out), (in, out, need) -> {
            long n = size(out);
            return (need[0] ? costA * n + n - size(in[0]) : 0) + (need[1] ? costB * n + n - size(in[1]) : 0);
        }));
    }

    /** The partial derivative evaluated at every element of the broadcast output. */
    private static Tensor local(Tensor[] in, Tensor out, Partial p) {
        int[] so = out.shape();
        if (in[0].size() == out.size() && in[1].size() == out.size()) {
            double[] o = new double[out.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = p.at(in[0].get(i), in[1].get(i), out.get(i));
            }
            return Tensor.of(so, o);
        }
        Tensor a = Kernels.broadcastTo(in[0], so);
        Tensor b = Kernels.broadcastTo(in[1], so);
        double[] o = new double[out.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = p.at(a.get(i), b.get(i), out.get(i));
        }
        return Tensor.of(so, o);
    }

    public static final Op ADD = binary("add", "∂(a+b)/∂a = 1, ∂(a+b)/∂b = 1", Double::sum,
            (a, b, o) -> 1, (a, b, o) -> 1, 0, 0);
    public static final Op SUB = binary("sub", "∂(a−b)/∂a = 1, ∂(a−b)/∂b = −1", (a, b) -> a - b,
            (a, b, o) -> 1, (a, b, o) -> -1, 0, 1);
    public static final Op MUL = binary("mul", "∂(a·b)/∂a = b, ∂(a·b)/∂b = a", (a, b) -> a * b,
            (a, b, o) -> b, (a, b, o) -> a, 1, 1);
    public static final Op DIV = binary("div", "∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b²", (a, b) -> a / b,
            (a, b, o) -> 1 / b, (a, b, o) -> -o / b, 1, 3);
    public static final Op POW = binary("pow", "∂(aᵇ)/∂a = b·aᵇ⁻¹, ∂(aᵇ)/∂b = aᵇ·ln a", Math::pow,
            (a, b, o) -> b == 0 ? 0 : b * Math.pow(a, b - 1), (a, b, o) -> a == 0 ? 0 : o * Math.log(a), 3, 3);

    public static final Op NEG = unary("neg", "∂(−a)/∂a = −1", x -> -x, (x, y) -> -1, 1);
    public static final Op EXP = unary("exp", "∂exp(a)/∂a = exp(a)", Math::exp, (x, y) -> y, 1);
    public static final Op LOG = unary("log", "∂ln(a)/∂a = 1/a", Math::log, (x, y) -> 1 / x, 1);
    public static final Op SQRT = unary("sqrt", "∂√a/∂a = 1/(2√a)", Math::sqrt, (x, y) -> 0.5 / y, 2);
    public static final Op ABS = unary("abs", "∂|a|/∂a = sign(a) (0 at a = 0)", Math::abs, (x, y) -> Math.signum(x), 1);
    public static final Op SIGN = unary("sign", "∂sign(a)/∂a = 0 (also at 0, by convention)", Math::signum,
            (x, y) -> 0, 0);
    public static final Op SIN = unary("sin", "∂sin(a)/∂a = cos(a)", Math::sin, (x, y) -> Math.cos(x), 2);
    public static final Op COS = unary("cos", "∂cos(a)/∂a = −sin(a)", Math::cos, (x, y) -> -Math.sin(x), 3);
    public static final Op TAN = unary("tan", "∂tan(a)/∂a = 1 + tan²(a)", Math::tan, (x, y) -> 1 + y * y, 3);
    public static final Op TANH = unary("tanh", "∂tanh(a)/∂a = 1 − tanh²(a)", Math::tanh, (x, y) -> 1 - y * y, 3);
    public static final Op SECH = unary("sech", "∂sech(a)/∂a = −sech(a)·tanh(a)", x -> 1 / Math.cosh(x),
            (x, y) -> -y * Math.tanh(x), 3);
    public static final Op SIGMOID = unary("sigmoid", "∂σ(a)/∂a = σ(a)(1 − σ(a))", Ops::sigmoid,
            (x, y) -> y * (1 - y), 3);
    public static final Op RELU = unary("relu", "∂relu(a)/∂a = 1 if a > 0 else 0 (0 at a = 0)",
            x -> x > 0 ? x : 0, (x, y) -> x > 0 ? 1 : 0, 1);
    public static final Op SOFTPLUS = unary("softplus", "∂softplus(a)/∂a = σ(a)", Ops::softplus,
            (x, y) -> sigmoid(x), 2);

    /** A numerically stable logistic function. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** log(1 + eˣ) without overflow. */
    public static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    static {
        ShapeOps.init();
        ReduceOps.init();
        LinearOps.init();
        LinalgOps.init();
    }
}
