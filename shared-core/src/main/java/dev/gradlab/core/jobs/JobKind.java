package dev.gradlab.core.jobs;

import java.util.List;
import java.util.Map;

/**
 * One kind of heavy job: a computation with shared-core that may take seconds to minutes, with
 * checked parameters and a deterministic result for a given seed. Implementations are immutable
 * and may run several jobs at once (each run keeps its state in local variables).
 */
public interface JobKind {
    /** The kind's name in the API, e.g. "glove-train". */
    String name();

    /** One line for a person. */
    String title();

    /** What it computes and what to look for, in a few sentences. */
    String description();

    /** Its parameters in display order. */
    List<ParamSpec> params();

    /**
     * Checks parameters as a client sent them and fills in defaults.
     *
     * @throws JobParamException naming the offending field
     */
    default JobParams validate(Map<String, ?> raw) {
        JobParams p = JobParams.parse(params(), raw);
        checkTogether(p);
        return p;
    }

    /**
     * Constraints between parameters (e.g. every d below every n); each parameter is already in
     * its range.
     *
     * @throws JobParamException naming the field to change
     */
    default void checkTogether(JobParams p) {
    }

    /**
     * Runs the job, reporting to {@code progress} and stopping soon after it is cancelled.
     *
     * @throws JobCancelledException when {@code progress} asked it to stop
     * @throws JobFailedException    when it failed in a way the user should read
     */
    JobResult run(JobParams params, Progress progress);
}
