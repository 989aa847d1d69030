package dev.gradlab.web.view;

import dev.gradlab.core.exercise.Exercise;
import dev.gradlab.core.exercise.Grader;
import dev.gradlab.core.exercise.PublicView;

import java.util.List;
import java.util.Map;

/**
 * Real server documents for the view tests: exercises parsed and graded by shared-core exactly as
 * the backend does ({@code PublicView.json}, {@code Grader.check(...).toJson()}).
 */
final class ExerciseFixtures {
    static final String DERIVATIVE = """
---
id: demo-derivative
title: Derivative of a cube
topic: Derivatives
source: "test fixture"
order: 1
params:
  a: {seed: 3, int: [2, 9]}
parts:
  - id: df
    kind: expr
    prompt: "Enter $f'(x)$ for $f(x) = {{a}} x^3$."
    variables: ["x: scalar"]
    reference: "3*{{a}}*x^2"
    prove: {gradient: "f = {{a}}*x^3", wrt: x}
    hints: ["Bring the exponent down.", "Then lower the exponent by one."]
    mistakes:
      - {id: kept-exponent, answer: "3*{{a}}*x^3", feedback: "Lower the exponent by one after bringing it down."}
  - id: value
    kind: number
    prompt: "The value of $f'(2)$."
    reference: "12*{{a}}"
    prove: {gradient: "f = {{a}}*x^3", wrt: x, at: {x: "2"}}
---
Let $f(x) = {{a}} x^3$.
""";

    static final String MISC = """
---
id: demo-misc
title: Shapes, choices, counts and a network
topic: Mixed
source: "test fixture"
parts:
  - id: shape
    kind: shape
    prompt: "Shape of broadcasting (6,6,5,1) with (2,6,1,2)?"
    reference: error
    prove: {value: "a = zeros([6, 6, 5, 1])\\nb = zeros([2, 6, 1, 2])\\na + b"}
    mistakes:
      - {id: stretched-six, answer: "(6, 6, 5, 2)", feedback: "A 6 and a 2 cannot be broadcast."}
  - id: tf
    kind: choice
    prompt: "Is a sum of $n$ numbers $n - 1$ additions?"
    options: [{id: T, text: "True"}, {id: F, text: "False"}]
    reference: F
    prove: {conceptual: "by the counting convention of GradLab"}
    mistakes:
      - {id: textbook-count, answer: T, feedback: "GradLab counts $n$ adds for a sum of $n$ numbers."}
  - id: flops
    kind: formula
    variables: [n, d]
    prompt: "Forward FLOPs of $\\\\|Xw\\\\|^2$ summed, $X \\\\in \\\\mathbb{R}^{n \\\\times d}$."
    reference: "2*n*d + 2*n"
    prove: {flops: "f = sum((X @ w)**2)", pass: forward, setup: {X: "n x d", w: "d"}}
    mistakes:
      - {id: no-factor-two, answer: "n*d + 2*n", feedback: "A multiply-add is two FLOPs."}
  - id: pairs
    kind: asymptotic
    variables: [n]
    prompt: "Comparisons of all pairs."
    reference: "n^2"
    prove: {count: "c = 0\\nfor i in range(n):\\n    for j in range(i):\\n        c += 1\\nc", exact: "n*(n-1)/2"}
  - id: W
    kind: matrix
    prompt: "A matrix $W$ with $W x = 2x$."
    reference: "[[2, 0], [0, 2]]"
    property: {trials: 5, setup: "x = randn(2)", holds: "norm(W @ x - 2*x) < 1e-9"}
    mistakes:
      - {id: identity, answer: "[[1, 0], [0, 1]]", feedback: "That keeps $x$ as it is."}
---
Mixed kinds.
""";

    static final String PROGRAM = """
---
id: demo-program
title: Mean squared error
topic: Programs
source: "test fixture"
parts:
  - id: code
    kind: program
    prompt: "Write `mse(p, y)`."
    starter: |
      def mse(p, y):
          return ___
    reference: |
      def mse(p, y):
          return mean((p - y)**2)
    tests:
      - {name: small, setup: "p = [1, 2]\\ny = [1, 4]", expect: "mse(p, y)"}
      - {name: random, setup: "p = randn(7)\\ny = randn(7)", expect: "mse(p, y)", hidden: true}
    hints: ["Square the differences, then average."]
---
Implement the mean squared error.
""";

    private ExerciseFixtures() {
    }

    static Exercise exercise(String text) {
        int at = text.indexOf("\nid: ") + 5;
        return Exercise.parse(text.substring(at, text.indexOf('\n', at)).trim() + ".md", text);
    }

    /** GET /api/exercises/{id} for variant 0. */
    static String publicJson(String text) {
        return PublicView.json(exercise(text).variant(0));
    }

    static ExerciseDoc doc(String text) {
        return ExerciseDoc.parse(publicJson(text));
    }

    /** GET /api/exercises for these exercises. */
    static String listJson(String... texts) {
        Exercise[] es = new Exercise[texts.length];
        for (int i = 0; i < texts.length; i++) {
            es[i] = exercise(texts[i]);
        }
        return PublicView.listJson(List.of(es));
    }

    /** POST /api/exercises/{id}/check, variant 0. */
    static String check(String text, Map<String, String> answers, Map<String, Integer> hintsShown) {
        return Grader.check(exercise(text).variant(0), answers, hintsShown, true).toJson();
    }
}
