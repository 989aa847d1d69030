package dev.gradlab.core.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * A numpy-style basic index such as {@code [1, 2:5, ::-1]}: one item per leading axis, each a
 * whole number (the axis disappears) or a slice {@code start:stop:step} (the axis stays). Axes
 * without an item are taken whole. Immutable.
 */
public final class Index {
    /** One item of an index. {@code null} bounds mean "from the start" / "to the end". */
    public static final class Item {
        final boolean isSlice;
        final int index;
        final Integer start;
        final Integer stop;
        final int step;

        private Item(boolean isSlice, int index, Integer start, Integer stop, int step) {
            this.isSlice = isSlice;
            this.index = index;
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        public static Item at(int i) {
            return new Item(false, i, null, null, 1);
        }

        public static Item slice(Integer start, Integer stop, Integer step) {
            int st = step == null ? 1 : step;
            if (st == 0) {
                throw new ShapeException("slice step cannot be zero");
            }
            return new Item(true, 0, start, stop, st);
        }

        @Override
        public String toString() {
            if (!isSlice) {
                return Integer.toString(index);
            }
            return (start == null ? "" : start.toString()) + ":" + (stop == null ? "" : stop.toString())
                    + (step == 1 ? "" : ":" + step);
        }
    }

    private final Item[] items;

    public Index(List<Item> items) {
        this.items = items.toArray(new Item[0]);
    }

    public static Index of(Item... items) {
        List<Item> l = new ArrayList<>();
        for (Item i : items) {
            l.add(i);
        }
        return new Index(l);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(items[i]);
        }
        return sb.append(']').toString();
    }

    /** The selected elements of {@code a}, as a new tensor. */
    public Tensor get(Tensor a) {
        Plan p = plan(a.shape());
        double[] x = a.raw();
        double[] out = new double[p.source.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[p.source[i]];
        }
        return Tensor.wrap(p.shape, out);
    }

    /** The adjoint of {@link #get}: zeros of {@code shape} with {@code g} added where get reads. */
    public Tensor scatter(Tensor g, int[] shape) {
        Plan p = plan(shape);
        double[] out = new double[Shape.size(shape)];
        for (int i = 0; i < p.source.length; i++) {
            out[p.source[i]] += g.get(i);
        }
        return Tensor.wrap(shape.clone(), out);
    }

    /**
     * A copy of {@code a} whose selected entries are replaced by {@code v}, broadcast to the shape
     * of the selection.
     *
     * @throws ShapeException if {@code v} does not broadcast to the selection
     */
    public Tensor put(Tensor a, Tensor v) {
        Plan p = plan(a.shape());
        Tensor fill = Kernels.broadcastTo(v, p.shape);
        double[] out = a.toArray();
        for (int i = 0; i < p.source.length; i++) {
            out[p.source[i]] = fill.get(i);
        }
        return Tensor.wrap(a.shape(), out);
    }

    /** The output shape for an operand of {@code shape}. */
    public int[] resultShape(int[] shape) {
        return plan(shape).shape;
    }

    private static final class Plan {
        final int[] shape;
        final int[] source;

        Plan(int[] shape, int[] source) {
            this.shape = shape;
            this.source = source;
        }
    }

    private Plan plan(int[] shape) {
        if (items.length > shape.length) {
            throw new ShapeException("too many indices (" + items.length + ") for shape " + Shape.str(shape));
        }
        int[] strides = Shape.strides(shape);
        int base = 0;
        List<Integer> outShape = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> steps = new ArrayList<>();
        for (int ax = 0; ax < shape.length; ax++) {
            int n = shape[ax];
            Item it = ax < items.length ? items[ax] : Item.slice(null, null, 1);
            if (!it.isSlice) {
                int i = it.index < 0 ? it.index + n : it.index;
                if (i < 0 || i >= n) {
                    throw new ShapeException("index " + it.index + " is out of range for axis " + ax + " of size " + n);
                }
                base += i * strides[ax];
                continue;
            }
            int step = it.step;
            int lo = step > 0 ? 0 : -1;
            int hi = step > 0 ? n : n - 1;
            int start = it.start == null ? (step > 0 ? 0 : n - 1) : clamp(it.start, n, lo, hi);
            int stop = it.stop == null ? (step > 0 ? n : -1) : clamp(it.stop, n, lo, hi);
            int count = step > 0 ? Math.max(0, (stop - start + step - 1) / step)
                    : Math.max(0, (start - stop - step - 1) / -step);
            outShape.add(count);
            starts.add(start * strides[ax]);
            steps.add(step * strides[ax]);
        }
        int[] so = new int[outShape.size()];
        for (int i = 0; i < so.length; i++) {
            so[i] = outShape.get(i);
        }
        int total = Shape.size(so);
        int[] source = new int[total];
        int[] counter = new int[so.length];
        int pos = base;
        for (int i = 0; i < so.length; i++) {
            pos += starts.get(i);
        }
        for (int k = 0; k < total; k++) {
            source[k] = pos;
            for (int ax = so.length - 1; ax >= 0; ax--) {
                pos += steps.get(ax);
                if (++counter[ax] < so[ax]) {
                    break;
                }
                pos -= steps.get(ax) * counter[ax];
                counter[ax] = 0;
            }
        }
        return new Plan(so, source);
    }

    /** Python's slice bound normalisation: negative counts from the end, then clamp to [lo, hi]. */
    private static int clamp(int v, int n, int lo, int hi) {
        int x = v < 0 ? v + n : v;
        return Math.max(lo, Math.min(hi, x));
    }
}
