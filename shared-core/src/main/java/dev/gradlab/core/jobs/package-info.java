/**
 * Heavy jobs: computations with the engine that take seconds to minutes and run on the server
 * (the backend's job runner), each a {@link dev.gradlab.core.jobs.JobKind} with checked
 * parameters ({@link dev.gradlab.core.jobs.ParamSpec}, {@link dev.gradlab.core.jobs.JobParams}),
 * deterministic from a seed ({@link dev.gradlab.core.random.SplitMix64}).
 *
 * <p>No threads here: a job reports through {@link dev.gradlab.core.jobs.Progress} (fraction done
 * and {@link dev.gradlab.core.jobs.Metrics}, the series so far) and asks it whether to stop. The
 * finished job returns a {@link dev.gradlab.core.jobs.JobResult}: summary numbers, series and
 * plots naming them. {@link dev.gradlab.core.jobs.JobKinds} is the table of kinds; see
 * {@code docs/jobs.md}.
 */
package dev.gradlab.core.jobs;
