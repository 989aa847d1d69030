package dev.gradlab.web.app;

import dev.gradlab.web.dom.Dom;
import dev.gradlab.web.dom.Events;
import dev.gradlab.web.dom.Forms;
import dev.gradlab.web.dom.Net;
import dev.gradlab.web.dom.Page;
import dev.gradlab.web.view.Html;
import dev.gradlab.web.view.JobForm;
import dev.gradlab.web.view.JobView;
import dev.gradlab.web.view.JsonData;
import org.teavm.jso.JSObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs page ({@code #/jobs}): a kind from {@code GET /api/jobs/kinds}, its form
 * ({@link JobForm}, checked in the browser with the server's own rules), {@code POST /api/jobs},
 * then the job followed live over its event stream ({@code EventSource}): a progress bar and a
 * plot of the metrics, Cancel ({@code DELETE}), and the result once it ends. The user's jobs are
 * listed below; Show opens one (an ended job's stream gives its last state at once).
 */
final class JobsPage {
    private List<JobForm.Kind> kinds;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private String jobId;
    private JSObject stream;
    private boolean kindsRequested;
    private final Session session;

    JobsPage(Session session) {
        this.session = session;
    }

    void bind() {
        Forms.onChange("job-kind", this::kindChanged);
        Page.onSubmit("job-form", this::submit);
        Dom.onClick("job-cancel", this::cancel);
        Page.onAction("job-list", (action, id) -> {
            if (action.equals("show")) {
                follow(id, true);
            }
        });
    }

    void show(boolean focus) {
        Page.setTitle("Jobs \u2014 GradLab");
        Dom.setHtml("jobs-note", session.account().loggedIn() ? ""
                : "You are not logged in: your jobs are kept for this browser only."
                + " <a href=\"#/login\">Log in</a> to find them on any computer.");
        if (!kindsRequested) {
            kindsRequested = true;
            Net.get("api/jobs/kinds", (status, body) -> {
                if (status != 200) {
                    kindsRequested = false;
                    formError("Could not load the job kinds: " + message(status, body));
                    return;
                }
                kinds = JobForm.parseKinds(body);
                StringBuilder sb = new StringBuilder();
                for (JobForm.Kind k : kinds) {
                    titles.put(k.name, k.title);
                    sb.append("<option value=\"").append(Html.escape(k.name)).append("\">").append(Html.escape(k.title))
                            .append(" (").append(Html.escape(k.name)).append(")</option>");
                }
                Dom.setHtml("job-kind", sb.toString());
                kindChanged();
                list();
            });
        } else {
            list();
        }
        if (focus) {
            Page.focus("jobs-heading");
        }
    }

    private JobForm.Kind kind() {
        return kinds == null ? null : JobForm.find(kinds, Dom.value("job-kind"));
    }

    private void kindChanged() {
        JobForm.Kind k = kind();
        Dom.setHtml("job-fields", k == null ? "" : JobForm.fields(k));
        Page.show("job-form-error", false);
    }

    private void submit() {
        JobForm.Kind k = kind();
        if (k == null) {
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Object> raw = JsonData.object(JsonData.parse(Forms.values("job-fields")));
        for (String name : raw.keySet()) {
            texts.put(name, JsonData.string(raw, name, ""));
        }
        JobForm.Validation v = JobForm.validate(k, texts);
        for (var p : k.params) {
            String error = v.errors.get(p.name);
            Dom.setText(JobForm.errorId(p.name), error == null ? "" : error);
            Dom.setAttr(JobForm.fieldId(p.name), "aria-invalid", error == null ? null : "true");
        }
        if (v.body == null) {
            formError("Fix " + (v.errors.size() == 1 ? "the field" : "the " + v.errors.size() + " fields") + " marked below: "
                    + String.join(", ", v.errors.keySet()) + ".");
            Page.focus(JobForm.fieldId(v.errors.keySet().iterator().next()));
            return;
        }
        Page.show("job-form-error", false);
        Page.setDisabled("job-submit", true);
        session.post("api/jobs", v.body, (status, body) -> {
            Page.setDisabled("job-submit", false);
            if (status != 202 && status != 200) {
                Map<String, Object> err = JsonData.object(JsonData.object(parseOrEmpty(body)), "error");
                String field = JsonData.string(err, "field", "");
                if (field.startsWith("params.")) {
                    String name = field.substring(7);
                    Dom.setText(JobForm.errorId(name), JsonData.string(err, "message", ""));
                    Dom.setAttr(JobForm.fieldId(name), "aria-invalid", "true");
                }
                formError("The job was not started: " + message(status, body));
                return;
            }
            follow(JsonData.string(JsonData.object(JsonData.parse(body)), "id", ""), true);
            list();
        });
    }

    /** Shows job {@code id} and follows its event stream until its done event. */
    private void follow(String id, boolean focus) {
        if (id.isEmpty()) {
            return;
        }
        Events.close(stream);
        stream = null;
        jobId = id;
        Page.show("job-current", true);
        Dom.setText("job-current-heading", "Job " + id);
        Dom.setHtml("job-progress-box", JobView.progressBar(0, "queued"));
        Dom.setHtml("job-live", "");
        Dom.setHtml("job-result", "");
        Page.show("job-cancel", true);
        Page.setDisabled("job-cancel", false);
        stream = Events.open("api/jobs/" + id + "/events", data -> {
            if (!id.equals(jobId)) {
                return;
            }
            try {
                Dom.setHtml("job-progress-box", JobView.progressBar(JobView.progress(data), "running"));
                Map<String, double[]> metrics = JobView.metrics(data);
                if (!metrics.isEmpty()) {
                    Dom.setHtml("job-live", JobView.livePlot(metrics));
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed event: the next one or the result will do
            }
        }, data -> {
            if (id.equals(jobId)) {
                ended(id);
            }
        }, state -> {
            if (state.equals("closed") && id.equals(jobId)) {
                ended(id);
            }
        });
        if (focus) {
            Page.focus("job-current-heading");
        }
    }

    /** The stream ended: fetch the job for its final state and result. */
    private void ended(String id) {
        Events.close(stream);
        stream = null;
        Net.get("api/jobs/" + id, (status, body) -> {
            if (!id.equals(jobId)) {
                return;
            }
            if (status != 200) {
                Dom.setHtml("job-result", "<p class=\"error\">Could not load the job: " + Html.escape(message(status, body)) + "</p>");
                return;
            }
            String st = JobView.status(body);
            Dom.setHtml("job-progress-box", JobView.progressBar(JobView.progress(body), st));
            Page.show("job-cancel", st.equals("queued") || st.equals("running"));
            if (!st.equals("queued") && !st.equals("running")) {
                Dom.setHtml("job-live", "");
            }
            Dom.setHtml("job-result", JobView.result(body));
            list();
        });
    }

    private void cancel() {
        String id = jobId;
        if (id == null) {
            return;
        }
        Page.setDisabled("job-cancel", true);
        session.send("DELETE", "api/jobs/" + id, null, null, (status, body) -> {
            if (status != 200 && status != 202) {
                Page.setDisabled("job-cancel", false);
                Dom.setHtml("job-result", "<p class=\"error\">Could not cancel: " + Html.escape(message(status, body)) + "</p>");
                return;
            }
            if (status == 200) {
                ended(id); // it had already ended (or was queued): the stream may have nothing more to say
            }
        });
    }

    private void list() {
        Net.get("api/jobs", (status, body) -> {
            if (status == 200) {
                Dom.setHtml("job-list", JobView.list(body, titles));
            } else {
                Dom.setHtml("job-list", "<p class=\"error\">Could not load your jobs: " + Html.escape(message(status, body)) + "</p>");
            }
        });
    }

    private void formError(String text) {
        Dom.setText("job-form-error", text);
        Page.show("job-form-error", true);
    }

    private static Object parseOrEmpty(String body) {
        try {
            return JsonData.parse(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String message(int status, String body) {
        if (status == 0) {
            return "the server cannot be reached";
        }
        String m = JsonData.errorMessage(body);
        return m == null ? "HTTP " + status : m;
    }
}
