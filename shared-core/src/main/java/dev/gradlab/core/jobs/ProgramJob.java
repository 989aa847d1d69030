package dev.gradlab.core.jobs;

import dev.gradlab.core.json.RunJson;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.BudgetException;
import dev.gradlab.core.tensor.Tensor;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code program}: a student's program run under the job budget {@link Budget#job()} (50× the
 * interactive steps and time) instead of the interactive one. The result is the run's JSON as
 * {@code POST /api/run} answers it ({@code stdout}, {@code values}, {@code plots}, {@code steps}).
 * A program that fails makes the job fail with the error (line and column) and keeps what it
 * printed and plotted before. Cancelling stops the interpreter within 1024 steps.
 */
final class ProgramJob implements JobKind {
    @Override
    public String name() {
        return "program";
    }

    @Override
    public String title() {
        return "Run a program with the job budget";
    }

    @Override
    public String description() {
        return "Runs a program in GradLab's language with larger budgets than an interactive run ("
                + Budget.job().steps + " steps, " + Budget.job().millis / 1000 + " s) and keeps its output and plots.";
    }

    @Override
    public List<ParamSpec> params() {
        return Arrays.asList(
                ParamSpec.string("source", "print(\"hello\")", 100_000, "the program"),
                ParamSpec.integer("seed", 0, 0, 1L << 53, "seeds the program's random functions"));
    }

    @Override
    public JobResult run(JobParams p, Progress progress) {
        progress.report(0, Metrics.empty());
        RunJson.Outcome out = RunJson.run(p.string("source"), Collections.<String, Tensor>emptyMap(),
                p.longValue("seed"), Budget.job(), progress::cancelled);
        if (out.error != null) {
            if (out.error instanceof BudgetException && ((BudgetException) out.error).budget().equals("stopped")) {
                throw new JobCancelledException();
            }
            throw new JobFailedException("line " + out.error.line() + ", column " + out.error.column() + ": "
                    + out.error.getMessage(), out.json);
        }
        progress.report(1, Metrics.empty());
        return JobResult.ofJson(out.json);
    }
}
