package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.List;
import java.util.Map;

/** Programs to traces: the entry point of the backprop stepper, in the browser and on the server. */
public final class Traces {
    private Traces() {
    }

    /**
     * Runs {@code source} with the given inputs under the interactive budget and differentiates its
     * output. The output is {@code outputName} when given, else the value of the last top-level
     * statement; it must be a single number.
     *
     * @throws LangException with code syntax, name, type, shape, value or budget, and the culprit's position
     */
    public static Trace run(String source, Map<String, Tensor> inputs, String outputName) {
        return run(source, inputs, outputName, Budget.interactive());
    }

    /** As {@link #run(String, Map, String)} under the given budget. */
    public static Trace run(String source, Map<String, Tensor> inputs, String outputName, Budget budget) {
        List<Ast.Stmt> program = Parser.parseProgram(source);
        Interpreter in = new Interpreter(budget, true, 0);
        for (Map.Entry<String, Tensor> e : inputs.entrySet()) {
            in.setInput(e.getKey(), e.getValue());
        }
        in.exec(program);
        Ast.Stmt last = in.lastStatement();
        Object out = in.lastValue();
        String name = in.lastAssigned() != null && last instanceof Ast.Assign ? in.lastAssigned() : "the last expression";
        int line = last == null ? 1 : last.line;
        int column = last == null ? 1 : last.column;
        if (outputName != null && !outputName.isEmpty()) {
            out = in.get(outputName);
            name = outputName;
            if (out == null) {
                throw new LangException("name", "the output '" + outputName + "' is never assigned", 1, 1,
                        in.variables().isEmpty() ? null : "assigned names: " + String.join(", ", in.variables().keySet()));
            }
        }
        if (!(out instanceof Node)) {
            throw new LangException("type", "the output " + name + " is a " + Values.typeName(out)
                    + ", not a number", line, column, "end the program with an assignment such as f = …");
        }
        Node node = (Node) out;
        if (node.value().size() != 1) {
            throw new LangException("shape", "the output " + name + " has shape " + Shape.str(node.shape())
                    + " but must be a scalar", line, column, "reduce it, for example with sum(…)");
        }
        return Trace.of(node);
    }

    /**
     * The variables a program reads before assigning them, in order of first use: the inputs a
     * student has to give values for.
     *
     * @throws LangException on a syntax error
     */
    public static List<String> freeNames(String source) {
        return FreeNames.of(Parser.parseProgram(source));
    }
}
