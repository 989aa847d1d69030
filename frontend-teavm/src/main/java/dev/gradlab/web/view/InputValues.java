package dev.gradlab.web.view;

import dev.gradlab.core.json.TraceJson;
import dev.gradlab.core.tensor.Tensor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a student types for the input variables: remembered across edits of the program and
 * read as numbers ("-1.5", "2e-3") or JSON-style nested lists ("[1, 2]", "[[1, 2], [3, 4]]").
 */
public final class InputValues {
    /** A value that cannot be read, naming its variable. */
    public static final class InputError extends RuntimeException {
        private final String name;

        InputError(String name, String message) {
            super(message);
            this.name = name;
        }

        /** The variable whose value is wrong. */
        public String name() {
            return name;
        }
    }

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> defaults;

    /** @param defaults the text a variable starts with the first time it appears (others start at "1") */
    public InputValues(Map<String, String> defaults) {
        this.defaults = new HashMap<>(defaults);
    }

    /** Records what the student typed for {@code name}. */
    public void put(String name, String text) {
        texts.put(name, text == null ? "" : text);
    }

    /** The text for {@code name}: what was typed, else its default, else "1". */
    public String text(String name) {
        String t = texts.get(name);
        if (t != null) {
            return t;
        }
        t = defaults.get(name);
        return t == null ? "1" : t;
    }

    /** The texts of {@code names}, for {@link Html#inputFields}. */
    public Map<String, String> texts(List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, text(n));
        }
        return out;
    }

    /**
     * The values of {@code names}.
     *
     * @throws InputError for the first value that is empty or not a number or rectangular list
     */
    public Map<String, Tensor> values(List<String> names) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, parse(n, text(n)));
        }
        return out;
    }

    /** One value. @throws InputError if it cannot be read */
    public static Tensor parse(String name, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new InputError(name, name + " needs a value, such as 1.5 or [1, 2]");
        }
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        t = t.replace("(", "[").replace(")", "]");
        try {
            Map<String, Tensor> m = TraceJson.parseInputs("{\"v\": " + t + "}");
            if (m.size() == 1 && m.containsKey("v")) {
                return m.get("v");
            }
        } catch (RuntimeException e) {
            // not JSON, not numbers or not rectangular: reported below
        }
        throw new InputError(name, name + " = " + text.trim()
                + " is not a value: write a number such as -1.5, or a list such as [1, 2] or [[1, 2], [3, 4]]");
    }
}
