package dev.gradlab.web.emul;

import java.util.function.IntConsumer;
import pabeles.concurrency.GrowArray;
import pabeles.concurrency.IntObjectConsumer;
import pabeles.concurrency.IntProducerNumber;
import pabeles.concurrency.IntRangeConsumer;
import pabeles.concurrency.IntRangeObjectConsumer;

/**
 * A single-threaded stand-in for EJML's {@code pabeles.concurrency.ConcurrencyOps} with the same
 * public static methods, compiled by TeaVM in its place (see {@link GradlabSubstitutionPolicy}).
 * Every loop runs on the calling thread, in order; every "per thread" workspace has exactly one
 * element. It is never used on the JVM. No nested classes: the substitution renames this class
 * only.
 */
public class SingleThreadConcurrencyOps {
    /** EJML's {@code EjmlConcurrency} extends the original class, so a constructor must exist. */
    public SingleThreadConcurrencyOps() {
    }

    /** Ignored: there is one thread. */
    public static void setMaxThreads(int maxThreads) {
    }

    public static int getMaxThreads() {
        return 1;
    }

    /** {@code consumer(i)} for i in [start, endExclusive). */
    public static void loopFor(int start, int endExclusive, IntConsumer consumer) {
        for (int i = start; i < endExclusive; i++) {
            consumer.accept(i);
        }
    }

    /** {@code consumer(i)} for i = start, start + step, … below endExclusive. */
    public static void loopFor(int start, int endExclusive, int step, IntConsumer consumer) {
        checkStep(step);
        for (int i = start; i < endExclusive; i += step) {
            consumer.accept(i);
        }
    }

    /** As {@link #loopFor(int, int, int, IntConsumer)} with one workspace object for all i. */
    public static <T> void loopFor(int start, int endExclusive, int step, GrowArray<T> workspace,
            IntObjectConsumer<T> consumer) {
        checkStep(step);
        workspace.reset();
        if (start >= endExclusive) {
            return;
        }
        T data = workspace.grow();
        for (int i = start; i < endExclusive; i += step) {
            consumer.accept(data, i);
        }
    }

    /** The whole range as one block. */
    public static void loopBlocks(int start, int endExclusive, int minBlock, IntRangeConsumer consumer) {
        loopBlocks(start, endExclusive, consumer);
    }

    /** The whole range as one block. */
    public static void loopBlocks(int start, int endExclusive, IntRangeConsumer consumer) {
        checkRange(start, endExclusive);
        if (endExclusive > start) {
            consumer.accept(start, endExclusive);
        }
    }

    /** The whole range as one block with one workspace object. */
    public static <T> void loopBlocks(int start, int endExclusive, GrowArray<T> workspace,
            IntRangeObjectConsumer<T> consumer) {
        workspace.reset();
        checkRange(start, endExclusive);
        if (endExclusive > start) {
            consumer.accept(workspace.grow(), start, endExclusive);
        }
    }

    /** The whole range as one block with one workspace object. */
    public static <T> void loopBlocks(int start, int endExclusive, int minBlock, GrowArray<T> workspace,
            IntRangeObjectConsumer<T> consumer) {
        loopBlocks(start, endExclusive, workspace, consumer);
    }

    /** The sum of {@code producer(i)} over [start, endExclusive) as a {@code type} number. */
    @SuppressWarnings("rawtypes")
    public static Number sum(int start, int endExclusive, Class type, IntProducerNumber producer) {
        double d = 0;
        long l = 0;
        for (int i = start; i < endExclusive; i++) {
            Number n = producer.accept(i);
            d += n.doubleValue();
            l += n.longValue();
        }
        return box(type, d, l);
    }

    /** The largest {@code producer(i)} over [start, endExclusive) as a {@code type} number. */
    @SuppressWarnings("rawtypes")
    public static Number max(int start, int endExclusive, Class type, IntProducerNumber producer) {
        return extreme(start, endExclusive, type, producer, true);
    }

    /** The smallest {@code producer(i)} over [start, endExclusive) as a {@code type} number. */
    @SuppressWarnings("rawtypes")
    public static Number min(int start, int endExclusive, Class type, IntProducerNumber producer) {
        return extreme(start, endExclusive, type, producer, false);
    }

    @SuppressWarnings("rawtypes")
    private static Number extreme(int start, int endExclusive, Class type, IntProducerNumber producer,
            boolean largest) {
        double d = largest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        long l = largest ? Long.MIN_VALUE : Long.MAX_VALUE;
        for (int i = start; i < endExclusive; i++) {
            Number n = producer.accept(i);
            double v = n.doubleValue();
            long w = n.longValue();
            if (largest ? v > d : v < d) {
                d = v;
            }
            if (largest ? w > l : w < l) {
                l = w;
            }
        }
        return box(type, d, l);
    }

    @SuppressWarnings("rawtypes")
    private static Number box(Class type, double d, long l) {
        if (type == int.class || type == Integer.class) {
            return (int) l;
        } else if (type == long.class || type == Long.class) {
            return l;
        } else if (type == float.class || type == Float.class) {
            return (float) d;
        }
        return d;
    }

    private static void checkStep(int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("Step must be a positive number.");
        }
    }

    private static void checkRange(int start, int endExclusive) {
        if (endExclusive < start) {
            throw new IllegalArgumentException("end " + endExclusive + " is before start " + start);
        }
    }
}
