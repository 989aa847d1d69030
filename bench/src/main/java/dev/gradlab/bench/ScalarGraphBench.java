package dev.gradlab.bench;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.ScalarTape;
import dev.gradlab.core.tensor.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Build and backprop a scalar graph of 10⁶ nodes: h ← tanh(h·0.9 + 0.01), 200 000 times (five nodes
 * per step), the same graph as bench/peers/micrograd_peer.py builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalarGraphBench {
    static final int STEPS = 200_000;

    @Benchmark
    public double tape() {
        ScalarTape t = new ScalarTape();
        int x = t.input(0.1);
        int h = x;
        for (int i = 0; i < STEPS; i++) {
            h = t.tanh(t.add(t.mul(h, t.constant(0.9)), t.constant(0.01)));
        }
        t.backward(h);
        return t.grad(x);
    }

    @Benchmark
    public double tensorNodes() {
        Node x = Node.input("x", Tensor.scalar(0.1));
        Node h = x;
        for (int i = 0; i < STEPS; i++) {
            h = F.call("tanh", F.add(F.mul(h, F.scalar(0.9)), F.scalar(0.01)));
        }
        Backprop.backward(h, null);
        return x.grad().item();
    }
}
