package dev.gradlab.core.autodiff;

import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class BackpropTest {
    @Test
    void backwardTwiceGivesTheSameGradients() {
        Node x = Node.input("x", Tensor.scalar(1.5));
        Node y = Node.apply(Ops.MUL, x, x);
        Node f = Node.apply(Ops.ADD, y, x);
        Backprop.backward(f, null);
        double first = x.grad().item();
        Backprop.backward(f, null);
        assertEquals(4.0, first);
        assertEquals(first, x.grad().item());
    }

    @Test
    void aMillionNodeChainNeitherOverflowsTheStackNorLosesPrecision() {
        Node x = Node.input("x", Tensor.scalar(0.0));
        Node one = Node.constant(Tensor.scalar(1e-6));
        Node acc = x;
        for (int i = 0; i < 1_000_000; i++) {
            acc = Node.apply(Ops.ADD, acc, one);
        }
        List<Node> order = Backprop.backward(acc, null);
        assertEquals(1_000_002, order.size());
        assertSame(acc, order.get(order.size() - 1));
        assertEquals(1.0, x.grad().item());
        assertEquals(1.0, acc.value().item(), 1e-6);
    }

    @Test
    void aSharedSubexpressionCollectsGradientFromEveryUse() {
        Node x = Node.input("x", Tensor.scalar(2));
        Node s = Node.apply(Ops.SIN, x);
        Node f = Node.apply(Ops.MUL, s, Node.apply(Ops.EXP, s));
        Backprop.backward(f, null);
        // f = sin x · e^{sin x}; f' = cos x · e^{sin x} (1 + sin x)
        double expected = Math.cos(2) * Math.exp(Math.sin(2)) * (1 + Math.sin(2));
        assertEquals(expected, x.grad().item(), 1e-12);
    }

    @Test
    void broadcastingGradientsAreSummedBackToTheOperandShape() {
        Node m = Node.input("M", Tensor.matrix(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        Node row = Node.input("r", Tensor.vector(10, 20, 30));
        Node f = F.sum(F.mul(m, row));
        Backprop.backward(f, null);
        assertEquals(List.of(5.0, 7.0, 9.0), List.of(row.grad().get(0), row.grad().get(1), row.grad().get(2)));
        assertEquals(20.0, m.grad().get(4));
    }
}
