package dev.gradlab.core.jobs;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What {@link ParamSpec#check} answers and says, for each type (the browser's form shows the same). */
class ParamSpecTest {
    private static final ParamSpec TRIALS = ParamSpec.integer("trials", 500, 1, 20000, "data sets");
    private static final ParamSpec SIGMA = ParamSpec.number("sigma", 1, 0.01, 100, "noise");
    private static final ParamSpec SOURCE = ParamSpec.string("source", "print(1)", 10, "the program");
    private static final ParamSpec ACTIVATION = ParamSpec.choice("activation", "φ", "tanh", "linear");
    private static final ParamSpec N = ParamSpec.integers("n", new int[] {20, 50}, 2, 2000, 3, "sample sizes");
    private static final ParamSpec NORMS = ParamSpec.numbers("norms", new double[] {0.5, 1.5}, 0.01, 3, 2, "ρ");

    private static String message(ParamSpec spec, Object raw) {
        JobParamException e = assertThrows(JobParamException.class, () -> spec.check(raw));
        assertEquals(spec.name(), e.field());
        return e.getMessage();
    }

    @Test
    void scalarsAreLongsAndDoublesInTheirRange() {
        assertEquals(500L, TRIALS.check(null));
        assertEquals(7L, TRIALS.check(7.0));
        assertEquals(20000L, TRIALS.check(20000));
        assertEquals(1.0, SIGMA.check(null));
        assertEquals(2.0, SIGMA.check(2));
        assertEquals(0.25, SIGMA.check(0.25));
        assertEquals("an integer from 1 to 20000", TRIALS.range());
        assertEquals("a number from 0.01 to 100", SIGMA.range());
    }

    @Test
    void scalarMessagesSayTheRangeAndWhatWasSent() {
        assertEquals("trials must be an integer from 1 to 20000, not 0", message(TRIALS, 0.0));
        assertEquals("trials must be an integer from 1 to 20000, not 20001", message(TRIALS, 20001L));
        assertEquals("trials must be an integer from 1 to 20000, not 1.5", message(TRIALS, 1.5));
        assertEquals("trials must be an integer from 1 to 20000, not a string", message(TRIALS, "5"));
        assertEquals("trials must be an integer from 1 to 20000, not a boolean", message(TRIALS, true));
        assertEquals("trials must be an integer from 1 to 20000, not a list", message(TRIALS, List.of(5.0)));
        assertEquals("trials must be an integer from 1 to 20000, not an object", message(TRIALS, Map.of()));
        assertEquals("sigma must be a number from 0.01 to 100, not 0.001", message(SIGMA, 0.001));
        assertEquals("sigma must be a number from 0.01 to 100, not " + ParamSpec.fmt(Double.POSITIVE_INFINITY),
                message(SIGMA, Double.POSITIVE_INFINITY));
        assertEquals("sigma must be a number from 0.01 to 100, not " + ParamSpec.fmt(Double.NaN), message(SIGMA, Double.NaN));
    }

    @Test
    void stringsAndChoices() {
        assertEquals("print(1)", SOURCE.check(null));
        assertEquals("x = 1", SOURCE.check("x = 1"));
        assertEquals("source must be at most 10 characters long, not 11", message(SOURCE, "print(1234)"));
        assertEquals("source must be a string, not a number", message(SOURCE, 3.0));
        assertEquals("tanh", ACTIVATION.check(null));
        assertEquals("linear", ACTIVATION.check("linear"));
        assertEquals(List.of("tanh", "linear"), ACTIVATION.choices());
        assertEquals("activation must be one of tanh, linear, not \"relu\"", message(ACTIVATION, "relu"));
        assertEquals("activation must be one of tanh, linear, not a number", message(ACTIVATION, 1.0));
    }

    @Test
    void listsAreIntArraysAndDoubleArrays() {
        assertArrayEquals(new int[] {20, 50}, (int[]) N.check(null));
        assertArrayEquals(new int[] {2, 7, 2000}, (int[]) N.check(Arrays.asList(2.0, 7, 2000L)));
        assertArrayEquals(new double[] {0.5, 1.5}, (double[]) NORMS.check(null));
        assertArrayEquals(new double[] {3.0, 0.25}, (double[]) NORMS.check(List.of(3, 0.25)));
        assertEquals(3, N.maxItems());
        int[] a = (int[]) N.check(null);
        a[0] = 99;
        assertNotSame(a, N.check(null));
        assertArrayEquals(new int[] {20, 50}, (int[]) N.check(null));
    }

    @Test
    void listMessagesSayTheCountOrTheItem() {
        assertEquals("n must be a list of 3 or fewer integers, not a number", message(N, 20.0));
        assertEquals("norms must be a list of 2 or fewer numbers, not a string", message(NORMS, "0.5"));
        assertEquals("n must have 1 to 3 items, not 0", message(N, List.of()));
        assertEquals("n must have 1 to 3 items, not 4", message(N, List.of(2, 3, 4, 5)));
        assertEquals("n[1] must be an integer from 2 to 2000, not 5000", message(N, List.of(20, 5000)));
        assertEquals("n[0] must be an integer from 2 to 2000, not 2.5", message(N, List.of(2.5, 5000)));
        assertEquals("n[2] must be an integer from 2 to 2000, not a string", message(N, List.of(2, 3, "4")));
        assertEquals("norms[1] must be a number from 0.01 to 3, not 0", message(NORMS, List.of(1, 0)));
    }
}
