package dev.gradlab.core.jobs;

import dev.gradlab.core.json.JsonWriter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The table of job kinds with their parameters: what {@code GET /api/jobs/kinds} lists
 * ({@link #toJson}) and where a submitted job is checked ({@link #validate}) and found
 * ({@link #get}). Immutable.
 */
public final class JobKinds {
    private final List<JobKind> kinds;

    private JobKinds(List<JobKind> kinds) {
        this.kinds = Collections.unmodifiableList(kinds);
    }

    /** The kinds in this table, in this order. */
    public static JobKinds of(List<JobKind> kinds) {
        return new JobKinds(new ArrayList<>(kinds));
    }

    /** Every kind GradLab ships; the text jobs learn from {@code corpus} (see {@link Corpus#RESOURCE}). */
    public static JobKinds standard(Corpus corpus) {
        List<JobKind> k = new ArrayList<>();
        k.add(new GloveTrain(corpus));
        k.add(new MlmTrain(corpus));
        k.add(new RegressionMc());
        k.add(new RnnGradNorm());
        k.add(new OptimizerCompare());
        k.add(new RfAttention());
        k.add(new ProgramJob());
        return new JobKinds(k);
    }

    /** Every kind, in display order. */
    public List<JobKind> all() {
        return kinds;
    }

    /** The kind called {@code name}, or null. */
    public JobKind get(String name) {
        for (JobKind k : kinds) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The kind called {@code name}.
     *
     * @throws JobParamException for the field "kind", listing the kinds there are
     */
    public JobKind require(String name) {
        JobKind k = get(name);
        if (k == null) {
            List<String> names = new ArrayList<>();
            for (JobKind kind : kinds) {
                names.add(kind.name());
            }
            throw new JobParamException("kind", "unknown job kind \"" + name + "\"; the kinds are " + String.join(", ", names));
        }
        return k;
    }

    /**
     * Checks a submission: the kind exists and {@code params} fit it.
     *
     * @throws JobParamException naming the field ("kind" or a parameter)
     */
    public JobParams validate(String kind, Map<String, ?> params) {
        return require(kind).validate(params);
    }

    /** [{"kind", "title", "description", "params": [{"name", "type", "default", "min", "max", …}]}]. */
    public String toJson() {
        JsonWriter w = new JsonWriter().beginArray();
        for (JobKind k : kinds) {
            w.beginObject().name("kind").value(k.name()).name("title").value(k.title())
                    .name("description").value(k.description()).name("params").beginArray();
            for (ParamSpec s : k.params()) {
                s.write(w);
            }
            w.endArray().endObject();
        }
        return w.endArray().toString();
    }
}
