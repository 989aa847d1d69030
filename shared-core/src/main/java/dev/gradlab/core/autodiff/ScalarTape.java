package dev.gradlab.core.autodiff;

import java.util.Arrays;

/**
 * A fast path for large graphs of scalars (micrograd's setting): nodes live in flat arrays in the
 * order they are made, which is already a topological order, so backward is one reverse sweep with
 * no sorting and no recursion. Each op's forward and local derivative stand together in
 * {@link #forward} and {@link #backward(int)}. Node ids are indices into the tape.
 */
public final class ScalarTape {
    private static final byte INPUT = 0;
    private static final byte CONST = 1;
    private static final byte ADD = 2;
    private static final byte SUB = 3;
    private static final byte MUL = 4;
    private static final byte DIV = 5;
    private static final byte POW = 6;
    private static final byte NEG = 7;
    private static final byte EXP = 8;
    private static final byte LOG = 9;
    private static final byte TANH = 10;
    private static final byte RELU = 11;

    private byte[] op = new byte[1024];
    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private double[] param = new double[1024];
    private double[] value = new double[1024];
    private double[] grad = new double[1024];
    private int size;

    public int size() {
        return size;
    }

    public double value(int id) {
        return value[id];
    }

    /** d(output)/d(node) after the last {@link #backward(int)}. */
    public double grad(int id) {
        return grad[id];
    }

    public int input(double v) {
        return push(INPUT, -1, -1, 0, v);
    }

    public int constant(double v) {
        return push(CONST, -1, -1, 0, v);
    }

    public int add(int a, int b) {
        return push(ADD, a, b, 0, value[a] + value[b]);
    }

    public int sub(int a, int b) {
        return push(SUB, a, b, 0, value[a] - value[b]);
    }

    public int mul(int a, int b) {
        return push(MUL, a, b, 0, value[a] * value[b]);
    }

    public int div(int a, int b) {
        return push(DIV, a, b, 0, value[a] / value[b]);
    }

    /** {@code a^p} for a constant exponent p. */
    public int pow(int a, double p) {
        return push(POW, a, -1, p, Math.pow(value[a], p));
    }

    public int neg(int a) {
        return push(NEG, a, -1, 0, -value[a]);
    }

    public int exp(int a) {
        return push(EXP, a, -1, 0, Math.exp(value[a]));
    }

    public int log(int a) {
        return push(LOG, a, -1, 0, Math.log(value[a]));
    }

    public int tanh(int a) {
        return push(TANH, a, -1, 0, Math.tanh(value[a]));
    }

    public int relu(int a) {
        return push(RELU, a, -1, 0, value[a] > 0 ? value[a] : 0);
    }

    /**
     * Sets every gradient of nodes 0..out to d(out)/d(node), discarding earlier gradients, so calling
     * it twice gives the same result. relu'(0) = 0.
     */
    public void backward(int out) {
        Arrays.fill(grad, 0, size, 0.0);
        grad[out] = 1;
        for (int i = out; i >= 0; i--) {
            double g = grad[i];
            if (g == 0) {
                continue;
            }
            int a = left[i];
            int b = right[i];
            switch (op[i]) {
                case ADD:
                    grad[a] += g;
                    grad[b] += g;
                    break;
                case SUB:
                    grad[a] += g;
                    grad[b] -= g;
                    break;
                case MUL:
                    grad[a] += g * value[b];
                    grad[b] += g * value[a];
                    break;
                case DIV:
                    grad[a] += g / value[b];
                    grad[b] -= g * value[i] / value[b];
                    break;
                case POW:
                    grad[a] += g * (param[i] == 0 ? 0 : param[i] * Math.pow(value[a], param[i] - 1));
                    break;
                case NEG:
                    grad[a] -= g;
                    break;
                case EXP:
                    grad[a] += g * value[i];
                    break;
                case LOG:
                    grad[a] += g / value[a];
                    break;
                case TANH:
                    grad[a] += g * (1 - value[i] * value[i]);
                    break;
                case RELU:
                    grad[a] += value[a] > 0 ? g : 0;
                    break;
                default:
                    break;
            }
        }
    }

    private int push(byte o, int a, int b, double p, double v) {
        if (size == op.length) {
            int n = size * 2;
            op = Arrays.copyOf(op, n);
            left = Arrays.copyOf(left, n);
            right = Arrays.copyOf(right, n);
            param = Arrays.copyOf(param, n);
            value = Arrays.copyOf(value, n);
            grad = Arrays.copyOf(grad, n);
        }
        op[size] = o;
        left[size] = a;
        right[size] = b;
        param[size] = p;
        value[size] = v;
        return size++;
    }
}
