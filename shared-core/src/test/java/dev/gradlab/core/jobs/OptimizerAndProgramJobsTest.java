package dev.gradlab.core.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerAndProgramJobsTest {
    @Test
    void sgdOnTheQuadraticFollowsTheClosedForm() {
        // f = ½(x² + κy²): x_t = (1 − η)^t x₀, y_t = (1 − ηκ)^t y₀
        JobResult r = JobTesting.run("optimizer-compare", "function", "quadratic", "kappa", 4.0, "x0", 1.0,
                "y0", 1.0, "steps", 50, "lrSgd", 0.1, "lrMomentum", 0.05);
        double[] x = r.series("sgd_x");
        double[] y = r.series("sgd_y");
        assertEquals(51, x.length);
        for (int t = 0; t <= 50; t++) {
            assertEquals(Math.pow(0.9, t), x[t], 1e-12);
            assertEquals(Math.pow(0.6, t), y[t], 1e-12);
        }
        for (String o : OptimizerCompare.OPTIMIZERS) {
            double[] loss = r.series(o + "_loss");
            assertEquals(2.5, loss[0], 1e-12);
            assertTrue(loss[50] < 0.1 * loss[0], o + " " + loss[50]);
        }
    }

    @Test
    void longRunsAreThinnedToFiveHundredPointsEndingAtTheLastStep() {
        JobResult r = JobTesting.run("optimizer-compare", "steps", 1234);
        double[] step = r.series("step");
        assertTrue(step.length <= OptimizerCompare.MAX_POINTS + 2, "" + step.length);
        assertEquals(0, step[0]);
        assertEquals(1234, step[step.length - 1]);
        assertEquals(step.length, r.series("adam_loss").length);
        assertTrue(r.summary("adam_final_loss") < r.series("adam_loss")[0]);
    }

    @Test
    void aDivergingRunStopsAndIsMarked() {
        JobResult r = JobTesting.run("optimizer-compare", "function", "quadratic", "kappa", 100.0, "steps", 3000,
                "lrSgd", 0.5);
        assertTrue(r.summary("sgd_diverged_at") > 0);
        assertTrue(Double.isNaN(r.summary("sgd_final_loss")));
        assertEquals(-1, r.summary("adam_diverged_at"));
    }

    @Test
    void aProgramsOutputAndPlotsAreItsResult() {
        JobResult r = JobTesting.run("program", "source", "xs = [1, 2, 3]\nplot(xs, [1, 4, 9])\nprint(sum(xs))");
        assertTrue(r.toJson().contains("\"stdout\":\"6\\n\""), r.toJson());
        assertTrue(r.toJson().contains("\"plots\":[{"), r.toJson());
    }

    @Test
    void aFailingProgramFailsTheJobWithItsLineAndKeepsItsOutput() {
        JobFailedException e = assertThrows(JobFailedException.class,
                () -> JobTesting.run("program", "source", "print(1)\ny = [1, 2] @ [1, 2, 3]"));
        assertTrue(e.getMessage().startsWith("line 2, column"), e.getMessage());
        assertTrue(e.resultJson().contains("\"stdout\":\"1\\n\""), e.resultJson());
    }

    @Test
    void cancellingStopsAnEndlessProgram() {
        JobKind k = JobTesting.KINDS.require("program");
        JobTesting.Recorder rec = new JobTesting.Recorder(1);
        assertThrows(JobCancelledException.class,
                () -> k.run(k.validate(JobTesting.params("source", "while True:\n    x = 1")), rec));
    }

    @Test
    void theKindsTableListsEveryKindWithItsParameters() {
        List<JobKind> all = JobTesting.KINDS.all();
        assertEquals(List.of("glove-train", "mlm-train", "regression-mc", "rnn-gradnorm", "optimizer-compare",
                "rf-attention", "program"), all.stream().map(JobKind::name).collect(java.util.stream.Collectors.toList()));
        String json = JobTesting.KINDS.toJson();
        assertTrue(json.contains("{\"name\":\"epochs\",\"type\":\"integer\",\"default\":200,\"min\":1,\"max\":3000,"),
                json);
        assertTrue(json.contains("\"choices\":[\"tanh\",\"linear\"]"), json);
        for (JobKind k : all) {
            JobParams.defaults(k.params());
            k.checkTogether(JobParams.defaults(k.params()));
        }
    }
}
