package dev.gradlab.bench;

import dev.gradlab.core.check.ExprChecker;
import dev.gradlab.core.check.VarSpec;
import dev.gradlab.core.check.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Checking one expression answer (8 random points): a scalar derivative and a matrix gradient. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBench {
    static final List<VarSpec> X = List.of(VarSpec.parse("x: scalar"));
    static final List<VarSpec> LSQ = List.of(VarSpec.parse("X: matrix n x d tall"), VarSpec.parse("t: vector n"));

    @Benchmark
    public Verdict scalarDerivative() {
        return ExprChecker.check("(6x - 4 sin(x)) * cos(3x^2 + 4cos(x))", "cos(3*x^2 + 4*cos(x))*(6*x - 4*sin(x))", X,
                new ExprChecker.Options());
    }

    @Benchmark
    public Verdict leastSquares() {
        return ExprChecker.check("solve(X.T @ X, X.T @ t)", "inv(X.T @ X) @ X.T @ t", LSQ, new ExprChecker.Options());
    }
}
