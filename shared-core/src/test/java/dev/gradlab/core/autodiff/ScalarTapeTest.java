package dev.gradlab.core.autodiff;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScalarTapeTest {
    @Test
    void theTapeAgreesWithTheTensorEngineOnAMixedGraph() {
        SplitMix64 rng = new SplitMix64(3);
        double[] xs = {rng.uniform(0.5, 1.5), rng.uniform(0.5, 1.5), rng.uniform(-1, 1)};
        ScalarTape tape = new ScalarTape();
        int a = tape.input(xs[0]);
        int b = tape.input(xs[1]);
        int c = tape.input(xs[2]);
        int t = tape.tanh(tape.add(tape.mul(a, b), c));
        int f = tape.sub(tape.div(tape.exp(t), tape.pow(b, 3)), tape.add(tape.log(a), tape.relu(tape.neg(c))));
        tape.backward(f);

        Node na = Node.input("a", Tensor.scalar(xs[0]));
        Node nb = Node.input("b", Tensor.scalar(xs[1]));
        Node nc = Node.input("c", Tensor.scalar(xs[2]));
        Node nt = F.call("tanh", F.add(F.mul(na, nb), nc));
        Node nf = F.sub(F.div(F.call("exp", nt), F.pow(nb, F.scalar(3))),
                F.add(F.call("log", na), F.call("relu", F.neg(nc))));
        Backprop.backward(nf, null);

        assertEquals(nf.value().item(), tape.value(f), 1e-15);
        assertEquals(na.grad().item(), tape.grad(a), 1e-12);
        assertEquals(nb.grad().item(), tape.grad(b), 1e-12);
        assertEquals(nc.grad().item(), tape.grad(c), 1e-12);
    }

    @Test
    void aMillionNodesBackpropagateTwiceWithTheSameResult() {
        ScalarTape tape = new ScalarTape();
        int x = tape.input(0.5);
        int acc = x;
        for (int i = 0; i < 333_333; i++) {
            acc = tape.add(acc, tape.mul(acc, tape.constant(1e-6)));
        }
        assertEquals(1_000_000, tape.size());
        tape.backward(acc);
        double first = tape.grad(x);
        tape.backward(acc);
        assertEquals(first, tape.grad(x));
        // h ← h(1 + 10⁻⁶), 333 333 times: d/dx = (1 + 10⁻⁶)^333333
        assertEquals(Math.pow(1 + 1e-6, 333_333), first, 1e-9);
    }
}
