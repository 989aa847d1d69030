package dev.gradlab.core.exercise;

import dev.gradlab.core.check.ProgramChecker;
import dev.gradlab.core.check.Verdict;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves exercises for variants 0..K: every reference passes its own check, every proof agrees
 * with its reference, every known mistake is graded incorrect and diagnosed with its id, hidden
 * tests pass on the reference and fail on the starter, the LaTeX of every text is well formed,
 * and the public view leaks no reference, hidden test or mistake.
 */
public final class Validator {
    /** The outcome for one exercise. */
    public static final class Row {
        public final String id;
        public int parts;
        public int variants;
        public int proofs;
        public int mistakes;
        public final List<String> problems = new ArrayList<>();

        Row(String id) {
            this.id = id;
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private Validator() {
    }

    /** Validates each exercise for variants 0..k. */
    public static List<Row> validate(List<Exercise> exercises, int k) {
        List<Row> rows = new ArrayList<>();
        for (Exercise e : exercises) {
            Row row = new Row(e.id);
            for (int n = 0; n <= k; n++) {
                try {
                    variant(e.variant(n), row);
                } catch (ExerciseException | IllegalStateException | IllegalArgumentException e2) {
                    row.problems.add("variant " + n + ": " + e2.getMessage());
                }
                row.variants++;
            }
            rows.add(row);
        }
        return rows;
    }

    private static void variant(Variant v, Row row) {
        String at = "variant " + v.number + ", part ";
        row.parts = v.parts.size();
        Map<String, Tensor> truth = Grader.trueValues(v);
        Map<String, String> refs = new LinkedHashMap<>();
        for (Part p : v.parts) {
            Tensor value = truth.get(p.id);
            refs.put(p.id, value != null ? Template.format(value) : p.reference == null ? "" : p.reference.trim());
        }
        CheckResult self = Grader.check(v, refs, null, true);
        for (Part p : v.parts) {
            Verdict r = self.parts.get(p.id).verdict;
            if (r.status() != Verdict.Status.CORRECT) {
                row.problems.add(at + p.id + ": the reference is graded " + r.statusName() + ": " + r.feedback());
            }
            if (p.prove != null) {
                String problem = Prover.prove(v, p, truth);
                row.proofs++;
                if (problem != null) {
                    row.problems.add(at + p.id + ": " + problem);
                }
            } else if (!p.kind.equals("program") && p.property == null) {
                row.problems.add(at + p.id + ": no proof (add 'prove')");
            }
            for (Part.Mistake m : p.mistakes) {
                row.mistakes++;
                Map<String, String> answers = new LinkedHashMap<>(refs);
                answers.put(p.id, m.answer);
                Verdict got = Grader.check(v, answers, null, true).parts.get(p.id).verdict;
                if (got.status() != Verdict.Status.INCORRECT) {
                    row.problems.add(at + p.id + ": the mistake " + m.id + " is graded " + got.statusName()
                            + (got.status() == Verdict.Status.INVALID ? " (" + got.feedback() + ")" : ""));
                } else if (!m.id.equals(got.mistake())) {
                    row.problems.add(at + p.id + ": the mistake " + m.id + " is diagnosed as "
                            + (got.mistake() == null ? "nothing" : got.mistake()));
                }
            }
            if (p.kind.equals("program")) {
                program(v, p, at + p.id, row);
            }
            latex(at + p.id + " prompt", p.prompt, row);
            for (String h : p.hints) {
                latex(at + p.id + " hint", h, row);
            }
            for (Part.Mistake m : p.mistakes) {
                latex(at + p.id + " mistake " + m.id, m.feedback, row);
            }
            for (Part.Option o : p.options) {
                latex(at + p.id + " option " + o.id, o.text, row);
            }
        }
        latex("variant " + v.number + " statement", v.statement, row);
        leaks(v, row);
    }

    private static void program(Variant v, Part p, String at, Row row) {
        List<ProgramChecker.Test> hidden = new ArrayList<>();
        for (ProgramChecker.Test t : p.tests) {
            if (t.hidden) {
                hidden.add(t);
            }
        }
        if (hidden.isEmpty()) {
            row.problems.add(at + ": a program part needs at least one hidden test");
            return;
        }
        Verdict starter = ProgramChecker.check(p.starter.isEmpty() ? "pass" : p.starter, p.reference, hidden,
                dev.gradlab.core.lang.Budget.interactive(), 1);
        if (starter.status() == Verdict.Status.CORRECT) {
            row.problems.add(at + ": the starter code passes the hidden tests");
        }
    }

    private static void latex(String where, String text, Row row) {
        String problem = LatexCheck.problem(text == null ? "" : text);
        if (problem != null) {
            row.problems.add(where + ": " + problem);
        }
    }

    private static void leaks(Variant v, Row row) {
        String json = PublicView.json(v);
        for (Part p : v.parts) {
            List<String> secrets = new ArrayList<>();
            if (p.reference != null && !p.kind.equals("choice")) {
                secrets.add(p.reference.trim());
            }
            for (Part.Mistake m : p.mistakes) {
                secrets.add(m.answer.trim());
                secrets.add(m.feedback.trim());
            }
            for (ProgramChecker.Test t : p.tests) {
                if (t.hidden && !t.setup.trim().isEmpty()) {
                    secrets.add(t.setup.trim());
                }
            }
            for (String s : secrets) {
                if (s.length() >= 6 && json.contains(escapeJson(s))) {
                    row.problems.add("variant " + v.number + ", part " + p.id + ": the public view contains '"
                            + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'");
                }
            }
        }
    }

    private static String escapeJson(String s) {
        return new dev.gradlab.core.json.JsonWriter().value(s).toString().replaceAll("^\"|\"$", "");
    }

    /** The report table: one line per exercise, problems indented below it. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(pad("exercise", 28)).append(pad("parts", 7)).append(pad("variants", 10)).append(pad("proofs", 8))
                .append(pad("mistakes", 10)).append("result\n");
        int bad = 0;
        for (Row r : rows) {
            sb.append(pad(r.id, 28)).append(pad(String.valueOf(r.parts), 7)).append(pad(String.valueOf(r.variants), 10))
                    .append(pad(String.valueOf(r.proofs), 8)).append(pad(String.valueOf(r.mistakes), 10))
                    .append(r.ok() ? "ok" : "FAIL (" + r.problems.size() + ")").append('\n');
            for (String p : r.problems) {
                sb.append("    ").append(p).append('\n');
            }
            bad += r.ok() ? 0 : 1;
        }
        sb.append(rows.size() - bad).append(" of ").append(rows.size()).append(" exercises proved\n");
        return sb.toString();
    }

    private static String pad(String s, int n) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < n) {
            sb.append(' ');
        }
        return sb.append(' ').toString();
    }
}
