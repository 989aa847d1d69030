package dev.gradlab.web.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exercise list page: {@code GET /api/exercises} grouped by topic, topics and exercises in the
 * server's order (topic, then order, then id). Each exercise links to {@code #/exercises/ID} and has
 * an empty {@code #badges-ID} for its progress ({@link ProgressView#badge}).
 */
public final class ExerciseList {
    private ExerciseList() {
    }

    /** The list's HTML. */
    public static String html(String json) {
        Map<String, List<Map<String, Object>>> byTopic = new LinkedHashMap<>();
        for (Object o : JsonData.array(JsonData.parse(json))) {
            Map<String, Object> e = JsonData.object(o);
            String topic = JsonData.string(e, "topic", "");
            byTopic.computeIfAbsent(topic.isEmpty() ? "Other" : topic, k -> new ArrayList<>()).add(e);
        }
        if (byTopic.isEmpty()) {
            return "<p class=\"muted\">No exercises yet.</p>";
        }
        StringBuilder sb = new StringBuilder();
        int t = 0;
        for (Map.Entry<String, List<Map<String, Object>>> topic : byTopic.entrySet()) {
            String hid = "topic-" + (++t);
            sb.append("<section class=\"topic\" aria-labelledby=\"").append(hid).append("\"><h2 id=\"").append(hid)
                    .append("\">").append(Html.escape(topic.getKey())).append(" <span class=\"count\">")
                    .append(topic.getValue().size()).append("</span></h2><ul class=\"exercises\">");
            for (Map<String, Object> e : topic.getValue()) {
                sb.append(item(e));
            }
            sb.append("</ul></section>");
        }
        return sb.toString();
    }

    private static String item(Map<String, Object> e) {
        String id = JsonData.string(e, "id", "");
        StringBuilder kinds = new StringBuilder();
        List<Object> parts = JsonData.array(e, "parts");
        for (Object p : parts) {
            String k = JsonData.string(JsonData.object(p), "kind", "");
            if (kinds.indexOf(k) < 0) {
                kinds.append(kinds.length() > 0 ? ", " : "").append(k);
            }
        }
        String source = JsonData.string(e, "source", "");
        StringBuilder sb = new StringBuilder("<li class=\"exercise-item\" data-id=\"").append(Html.escape(id)).append("\">");
        sb.append("<a href=\"#/exercises/").append(Html.escape(id)).append("\">")
                .append(Html.escape(JsonData.string(e, "title", id))).append("</a>");
        sb.append("<span class=\"meta\">").append(parts.size()).append(parts.size() == 1 ? " part" : " parts");
        if (kinds.length() > 0) {
            sb.append(" · ").append(Html.escape(kinds.toString()));
        }
        if (!source.isEmpty()) {
            sb.append(" · ").append(Html.escape(source));
        }
        return sb.append("</span><span class=\"progress-badges\" id=\"").append(Html.escape(badgeId(id)))
                .append("\"></span></li>").toString();
    }

    /** The id of the element holding an exercise's progress badges. */
    public static String badgeId(String exerciseId) {
        return "badges-" + ExerciseHtml.partKey(exerciseId);
    }

    /** The exercise ids of {@code GET /api/exercises}, in order. */
    public static List<String> ids(String json) {
        List<String> out = new ArrayList<>();
        for (Object o : JsonData.array(JsonData.parse(json))) {
            String id = JsonData.string(JsonData.object(o), "id", "");
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }
}
