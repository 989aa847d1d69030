package dev.gradlab.web.view;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stepper page shows of a {@link Trace}: every node with a display name, the expression
 * that computes it and its value and gradient as text. Plain Java, no DOM.
 *
 * <p>Names: a node bound to a variable shows that name (a second node bound to the same name gets
 * a prime: h, h′); a scalar constant shows its value; other nodes are numbered t1, t2, … in forward
 * order, skipping names the program uses.
 */
public final class GraphView {
    /** Significant digits of the numbers on the page. */
    public static final int DIGITS = 4;
    /** Significant digits of the numbers in tooltips. */
    public static final int FULL_DIGITS = 10;

    /** One node as the page shows it. */
    public static final class Item {
        public final int id;
        public final String op;
        /** The variable name bound to the node, or null. */
        public final String label;
        /** label, constant value or t1, t2, … */
        public final String name;
        public final int[] inputs;
        /** e.g. "exp(t2)", "x2^2", "0.5 * t3"; for leaves the name. */
        public final String expr;
        public final String shape;
        public final String value;
        public final String valueFull;
        /** null for constants (no gradient flows into them). */
        public final String grad;
        public final String gradFull;
        public final String rule;

        Item(int id, String op, String label, String name, int[] inputs, String expr, String shape,
                String value, String valueFull, String grad, String gradFull, String rule) {
            this.id = id;
            this.op = op;
            this.label = label;
            this.name = name;
            this.inputs = inputs;
            this.expr = expr;
            this.shape = shape;
            this.value = value;
            this.valueFull = valueFull;
            this.grad = grad;
            this.gradFull = gradFull;
            this.rule = rule;
        }

        public boolean isLeaf() {
            return inputs.length == 0;
        }

        public boolean isInput() {
            return "input".equals(op);
        }

        public boolean isConstant() {
            return "const".equals(op);
        }
    }

    private final List<Item> items;
    private final int[] forward;
    private final int[] backward;
    private final int output;
    private final List<List<Integer>> consumers;

    private GraphView(List<Item> items, int[] forward, int[] backward, int output) {
        this.items = Collections.unmodifiableList(items);
        this.forward = forward;
        this.backward = backward;
        this.output = output;
        List<List<Integer>> cons = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            cons.add(new ArrayList<>());
        }
        for (Item it : items) {
            for (int in : it.inputs) {
                if (!cons.get(in).contains(it.id)) {
                    cons.get(in).add(it.id);
                }
            }
        }
        this.consumers = cons;
    }

    /** The view of a trace. */
    public static GraphView of(Trace trace) {
        List<Node> nodes = trace.nodes();
        int n = nodes.size();
        String[] names = names(nodes);
        List<Item> items = new ArrayList<>(n);
        for (Node node : nodes) {
            int[] ins = new int[node.inputs().size()];
            String[] argNames = new String[ins.length];
            for (int k = 0; k < ins.length; k++) {
                ins[k] = node.inputs().get(k).id();
                argNames[k] = names[ins[k]];
            }
            Tensor g = node.grad();
            items.add(new Item(node.id(), node.op(), node.label(), names[node.id()], ins,
                    ins.length == 0 ? names[node.id()] : Expressions.of(node.op(), argNames),
                    shapeText(node.shape()),
                    Num.format(node.value(), DIGITS), Num.format(node.value(), FULL_DIGITS),
                    g == null ? null : Num.format(g, DIGITS), g == null ? null : Num.format(g, FULL_DIGITS),
                    node.rule()));
        }
        List<Integer> fwd = new ArrayList<>();
        for (int id : trace.forward()) {
            if (!nodes.get(id).inputs().isEmpty()) {
                fwd.add(id);
            }
        }
        return new GraphView(items, toArray(fwd), trace.backward(), trace.output());
    }

    private static String[] names(List<Node> nodes) {
        Set<String> taken = new HashSet<>();
        for (Node node : nodes) {
            if (node.label() != null) {
                taken.add(node.label());
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        String[] names = new String[nodes.size()];
        int counter = 0;
        for (Node node : nodes) {
            String name;
            if (node.label() != null) {
                int k = seen.merge(node.label(), 1, Integer::sum);
                name = node.label() + primes(k - 1);
            } else if ("const".equals(node.op()) && node.value().size() == 1) {
                name = Num.format(node.value().item(), DIGITS);
            } else if ("const".equals(node.op())) {
                name = "c" + shapeText(node.shape());
            } else {
                do {
                    counter++;
                    name = "t" + counter;
                } while (taken.contains(name));
            }
            names[node.id()] = name;
        }
        return names;
    }

    private static String primes(int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) {
            sb.append('′');
        }
        return sb.toString();
    }

    /** "scalar" or the shape such as "3×4". */
    static String shapeText(int[] shape) {
        if (shape.length == 0) {
            return "scalar";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append('×');
            }
            sb.append(shape[i]);
        }
        return sb.toString();
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    public List<Item> nodes() {
        return items;
    }

    public Item node(int id) {
        return items.get(id);
    }

    public int size() {
        return items.size();
    }

    /** The non-leaf nodes in forward order: what → computes during the forward pass. */
    public int[] forwardSteps() {
        return forward.clone();
    }

    /** The nodes in backprop order, the output first, constants left out. */
    public int[] backwardSteps() {
        return backward.clone();
    }

    public int output() {
        return output;
    }

    /** The ids of the nodes that take {@code id} as an input, ascending. */
    public List<Integer> consumers(int id) {
        return Collections.unmodifiableList(consumers.get(id));
    }

    /** The input nodes (op "input") in id order. */
    public List<Item> inputs() {
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            if (it.isInput()) {
                out.add(it);
            }
        }
        return out;
    }

    /** The input node named {@code name}, or null. */
    public Item input(String name) {
        for (Item it : items) {
            if (it.isInput() && name.equals(it.label)) {
                return it;
            }
        }
        return null;
    }

    /** Each node's inputs, for {@link Layout}. */
    public int[][] edges() {
        int[][] e = new int[items.size()][];
        for (Item it : items) {
            e[it.id] = it.inputs.clone();
        }
        return e;
    }
}
