package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Kernels;
import dev.gradlab.core.tensor.Tensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The rule table: every primitive with its forward and its vector-Jacobian product side by side.
 * A new op is one entry here. Conventions where a derivative is undefined: relu'(0) = 0,
 * abs'(0) = 0; d(a^b)/db is taken as 0 where a = 0.
 */
public final class Ops {
    private static final Map<String, Op> TABLE = new LinkedHashMap<>();

    private Ops() {
    }

    /** The op with this name, or null. */
    public static Op get(String name) {
        return TABLE.get(name);
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(TABLE.keySet());
    }

    private static Op def(Op op) {
        TABLE.put(op.name(), op);
        return op;
    }

    /** Elementwise unary op whose derivative is a function of the input x and output y. */
    private interface Deriv {
        double at(double x, double y);
    }

    private static Op unary(String name, String rule, DoubleUnaryOperator f, Deriv d) {
        return def(new Op(name, rule, in -> Kernels.map(in[0], f), (in, out, g, need) -> {
            Tensor local = Kernels.zip(in[0], out, d::at);
            return new Tensor[] {Kernels.zip(g, local, (p, q) -> p * q)};
        }));
    }

    private static Tensor times(Tensor a, Tensor b) {
        return Kernels.zip(a, b, (p, q) -> p * q);
    }

    /** Broadcasting binary op: partial derivatives da(a, b, out), db(a, b, out) per element. */
    private interface Partial {
        double at(double a, double b, double out);
    }

    private static Op binary(String name, String rule, DoubleBinaryOperator f, Partial da, Partial db) {
        return def(new Op(name, rule, in -> Kernels.zip(in[0], in[1], f), (in, out, g, need) -> {
            int[] so = out.shape();
            Tensor a = Kernels.broadcastTo(in[0], so);
            Tensor b = Kernels.broadcastTo(in[1], so);
            Tensor[] res = new Tensor[2];
            if (need[0]) {
                res[0] = Kernels.sumToShape(times(g, local(a, b, out, da)), in[0].shape());
            }
            if (need[1]) {
                res[1] = Kernels.sumToShape(times(g, local(a, b, out, db)), in[1].shape());
            }
            return res;
        }));
    }

    private static Tensor local(Tensor a, Tensor b, Tensor out, Partial p) {
        double[] x = a.toArray();
        double[] y = b.toArray();
        double[] o = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            o[i] = p.at(x[i], y[i], out.get(i));
        }
        return Tensor.of(out.shape(), o);
    }

    public static final Op ADD = binary("add", "∂(a+b)/∂a = 1, ∂(a+b)/∂b = 1", Double::sum,
            (a, b, o) -> 1, (a, b, o) -> 1);
    public static final Op SUB = binary("sub", "∂(a−b)/∂a = 1, ∂(a−b)/∂b = −1", (a, b) -> a - b,
            (a, b, o) -> 1, (a, b, o) -> -1);
    public static final Op MUL = binary("mul", "∂(a·b)/∂a = b, ∂(a·b)/∂b = a", (a, b) -> a * b,
            (a, b, o) -> b, (a, b, o) -> a);
    public static final Op DIV = binary("div", "∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b²", (a, b) -> a / b,
            (a, b, o) -> 1 / b, (a, b, o) -> -a / (b * b));
    public static final Op POW = binary("pow", "∂(aᵇ)/∂a = b·aᵇ⁻¹, ∂(aᵇ)/∂b = aᵇ·ln a", Math::pow,
            (a, b, o) -> b == 0 ? 0 : b * Math.pow(a, b - 1), (a, b, o) -> a == 0 ? 0 : o * Math.log(a));

    public static final Op NEG = unary("neg", "∂(−a)/∂a = −1", x -> -x, (x, y) -> -1);
    public static final Op EXP = unary("exp", "∂exp(a)/∂a = exp(a)", Math::exp, (x, y) -> y);
    public static final Op LOG = unary("log", "∂ln(a)/∂a = 1/a", Math::log, (x, y) -> 1 / x);
    public static final Op SQRT = unary("sqrt", "∂√a/∂a = 1/(2√a)", Math::sqrt, (x, y) -> 0.5 / y);
    public static final Op SIN = unary("sin", "∂sin(a)/∂a = cos(a)", Math::sin, (x, y) -> Math.cos(x));
    public static final Op COS = unary("cos", "∂cos(a)/∂a = −sin(a)", Math::cos, (x, y) -> -Math.sin(x));
    public static final Op TAN = unary("tan", "∂tan(a)/∂a = 1 + tan²(a)", Math::tan, (x, y) -> 1 + y * y);
    public static final Op TANH = unary("tanh", "∂tanh(a)/∂a = 1 − tanh²(a)", Math::tanh, (x, y) -> 1 - y * y);
    public static final Op SIGMOID = unary("sigmoid", "∂σ(a)/∂a = σ(a)(1 − σ(a))", Ops::sigmoid,
            (x, y) -> y * (1 - y));
    public static final Op RELU = unary("relu", "∂relu(a)/∂a = 1 if a > 0 else 0 (0 at a = 0)",
            x -> x > 0 ? x : 0, (x, y) -> x > 0 ? 1 : 0);
    public static final Op ABS = unary("abs", "∂|a|/∂a = sign(a) (0 at a = 0)", Math::abs, (x, y) -> Math.signum(x));

    public static final Op MATMUL = def(new Op("matmul", "∂(A@B)/∂A: G@Bᵀ, ∂(A@B)/∂B: Aᵀ@G",
            in -> Kernels.matmul(in[0], in[1]), Ops::matmulVjp));
    public static final Op TRANSPOSE = def(new Op("transpose", "∂(Aᵀ): the gradient is transposed back, Gᵀ",
            in -> Kernels.transpose(in[0]), (in, out, g, need) -> new Tensor[] {Kernels.transpose(g)}));
    public static final Op SUM = def(new Op("sum", "∂sum(a)/∂aᵢ = 1",
            in -> Kernels.sum(in[0]), (in, out, g, need) -> new Tensor[] {Kernels.broadcastTo(g, in[0].shape())}));
    public static final Op MEAN = def(new Op("mean", "∂mean(a)/∂aᵢ = 1/n",
            in -> Tensor.scalar(Kernels.sum(in[0]).item() / in[0].size()),
            (in, out, g, need) -> new Tensor[] {
                Kernels.broadcastTo(Tensor.scalar(g.item() / in[0].size()), in[0].shape())}));
    public static final Op STACK = def(new Op("stack", "∂stack(a₀, a₁, …)/∂aᵢ: row i of the gradient",
            Kernels::stack, (in, out, g, need) -> {
                Tensor[] res = new Tensor[in.length];
                for (int i = 0; i < in.length; i++) {
                    res[i] = need[i] ? Kernels.unstack(g, i) : null;
                }
                return res;
            }));

    /** {@code a[i]} along the leading axis. */
    public static Op index(int i) {
        return new Op("index", "∂a[" + i + "]/∂a: the gradient goes to row " + i + ", zeros elsewhere",
                in -> Kernels.index(in[0], i),
                (in, out, g, need) -> new Tensor[] {Kernels.unindex(g, in[0].shape(), i)});
    }

    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    private static Tensor[] matmulVjp(Tensor[] in, Tensor out, Tensor g, boolean[] need) {
        int[] sa = in[0].shape();
        int[] sb = in[1].shape();
        Tensor a2 = sa.length == 1 ? in[0].reshape(1, sa[0]) : in[0];
        Tensor b2 = sb.length == 1 ? in[1].reshape(sb[0], 1) : in[1];
        Tensor g2 = g.reshape(a2.dim(0), b2.dim(1));
        Tensor[] res = new Tensor[2];
        if (need[0]) {
            res[0] = Kernels.matmul(g2, Kernels.transpose(b2)).reshape(sa);
        }
        if (need[1]) {
            res[1] = Kernels.matmul(Kernels.transpose(a2), g2).reshape(sb);
        }
        return res;
    }
}
