package dev.gradlab.core.optim;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

/**
 * The standard test functions of the optimizer playground, each an autodiff-graph
 * {@link Objective} (so its gradient comes from backprop and its graph can be traced).
 */
public final class Surfaces {
    private Surfaces() {
    }

    private static String n(double v) {
        return Num.format(v, 6);
    }

    private static Node at(Node theta, int i) {
        return F.index(theta, Index.of(Index.Item.at(i)));
    }

    /**
     * f(θ) = ½·θᵀAθ for a square matrix A (θ a vector of A's size); ∇f = ½(A + Aᵀ)θ. Minimum 0 at
     * θ = 0 when A is positive definite.
     */
    public static Objective quadratic(double[][] a) {
        Tensor m = Tensor.matrix(a);
        if (m.dim(0) != m.dim(1)) {
            throw new IllegalArgumentException("a quadratic needs a square matrix, got " + m.dim(0) + "×" + m.dim(1));
        }
        Node aNode = F.constant(m);
        return Objective.ofGraph("quadratic", "½·θᵀAθ, A = " + m,
                theta -> F.mul(F.scalar(0.5), F.sum(F.mul(theta, F.matmul(aNode, theta)))));
    }

    /**
     * The 2-D quadratic with condition number κ whose long axis makes {@code angle} radians with the
     * x axis: A = R·diag(1, κ)·Rᵀ, R the rotation by {@code angle}. At angle 0 it is
     * f(x, y) = ½(x² + κ·y²). Gradient descent converges for η &lt; 2/κ; η = 2/(1 + κ) is optimal.
     */
    public static Objective conditioned(double kappa, double angle) {
        if (!(kappa > 0)) {
            throw new IllegalArgumentException("condition number must be > 0, got " + kappa);
        }
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        // columns of R are (c, s) and (−s, c): A = 1·r1 r1ᵀ + κ·r2 r2ᵀ
        double[][] a = {{c * c + kappa * s * s, (1 - kappa) * c * s}, {(1 - kappa) * c * s, s * s + kappa * c * c}};
        Node aNode = F.constant(Tensor.matrix(a));
        String f = angle == 0 ? "½(x² + " + n(kappa) + "·y²)" : "½·θᵀAθ, A = R(" + n(angle) + ")·diag(1, " + n(kappa) + ")·Rᵀ";
        return Objective.ofGraph("quadratic, κ = " + n(kappa), f,
                theta -> F.mul(F.scalar(0.5), F.sum(F.mul(theta, F.matmul(aNode, theta)))));
    }

    /** {@link #conditioned(double, double)} with angle 0: f(x, y) = ½(x² + κ·y²). */
    public static Objective conditioned(double kappa) {
        return conditioned(kappa, 0);
    }

    /** Rosenbrock's banana f(x, y) = (1 − x)² + 100·(y − x²)²; minimum 0 at (1, 1). */
    public static Objective rosenbrock() {
        return rosenbrock(1, 100);
    }

    /** f(x, y) = (a − x)² + b·(y − x²)²; minimum 0 at (a, a²). */
    public static Objective rosenbrock(double a, double b) {
        return Objective.ofGraph("Rosenbrock", "(" + n(a) + " − x)² + " + n(b) + "·(y − x²)²", theta -> {
            Node x = at(theta, 0);
            Node y = at(theta, 1);
            Node d1 = F.sub(F.scalar(a), x);
            Node d2 = F.sub(y, F.mul(x, x));
            return F.add(F.mul(d1, d1), F.mul(F.scalar(b), F.mul(d2, d2)));
        });
    }

    /**
     * f(x) = x²/4 summed over θ's entries (f' = x/2): the momentum exercise's function. From
     * x₀ = 1, gradient descent reaches 0 in one step with η = 2, and momentum in the buffer form with
     * η = 1 reaches 0 in two steps with β = 1/2.
     */
    public static Objective quarterSquare() {
        return Objective.ofGraph("x²/4", "x²/4", theta -> F.mul(F.scalar(0.25), F.sum(F.mul(theta, theta))));
    }
}
