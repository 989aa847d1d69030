package dev.gradlab.core.optim;

import org.junit.jupiter.api.Test;

import static dev.gradlab.core.optim.OptimTesting.vec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Learning-rate schedules at chosen steps, and optimizers following them. */
class ScheduleTest {
    @Test
    void constant() {
        Schedule s = Schedule.constant(0.1);
        assertEquals(0.1, s.at(0), 0);
        assertEquals(0.1, s.at(100_000), 0);
        assertEquals("η(t) = 0.1", s.formula());
    }

    @Test
    void stepDecayHalvesEveryTenSteps() {
        Schedule s = Schedule.stepDecay(1, 0.5, 10);
        assertArrayEquals(new double[] {1, 1, 0.5, 0.25}, new double[] {s.at(0), s.at(9), s.at(10), s.at(25)}, 0);
        assertEquals("η(t) = 1·0.5^⌊t/10⌋", s.formula());
    }

    @Test
    void exponential() {
        Schedule s = Schedule.exponential(2, 0.9);
        assertEquals(2, s.at(0), 0);
        assertEquals(2 * 0.729, s.at(3), 1e-15);
    }

    @Test
    void cosineFromOneToOneTenthOverHundredSteps() {
        Schedule s = Schedule.cosine(1, 0.1, 100);
        assertEquals(1, s.at(0), 0);
        assertEquals(0.1 + 0.9 * (1 + Math.sqrt(0.5)) / 2, s.at(25), 1e-15);
        assertEquals(0.55, s.at(50), 1e-15);
        assertEquals(0.1, s.at(100), 1e-15);
        assertEquals(0.1, s.at(150), 1e-15);
    }

    @Test
    void linearWarmupReachesEtaAtStepWMinusOne() {
        Schedule s = Schedule.linearWarmup(0.01, 4);
        assertArrayEquals(new double[] {0.0025, 0.005, 0.0075, 0.01, 0.01}, s.values(5), 1e-17);
        assertEquals(0.01, s.at(1000), 0);
    }

    @Test
    void warmupThenCosine() {
        Schedule s = Schedule.warmupCosine(1, 0, 10, 110);
        assertEquals(0.1, s.at(0), 1e-15);
        assertEquals(1, s.at(9), 1e-15);
        assertEquals(1, s.at(10), 1e-15);
        assertEquals(0.5, s.at(60), 1e-15);
        assertEquals(0, s.at(110), 1e-15);
        assertEquals(0, s.at(500), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Schedule.warmupCosine(1, 0, 10, 10));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.constant(1).at(-1));
        assertThrows(IllegalArgumentException.class, () -> Schedule.stepDecay(1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedule.cosine(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedule.linearWarmup(1, 0));
    }

    /** Step k (1-based) uses lr(k − 1): the schedule is a function of the steps already taken. */
    @Test
    void sgdFollowsItsSchedule() {
        Sgd sgd = Sgd.of(Schedule.stepDecay(1, 0.5, 2));
        OptimizerState s = sgd.init(vec(0));
        double[] lrs = new double[5];
        for (int k = 0; k < 5; k++) {
            Step step = sgd.step(s, vec(-1));
            lrs[k] = step.lr();
            s = step.state();
        }
        assertArrayEquals(new double[] {1, 1, 0.5, 0.5, 0.25}, lrs, 0);
        assertEquals(3.25, s.params().get(0), 1e-15);
    }
}
