package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.autodiff.ShapeOps;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Index;
import dev.gradlab.core.tensor.Shape;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Runs programs of the student language under a {@link Budget}. Numbers and arrays are autodiff
 * nodes: with {@code tracing} on, every operation stays in the graph (for the backprop stepper);
 * off, results are kept as constants so long loops hold no history. The language reaches nothing
 * outside this object: no files, network, reflection or Java classes.
 */
public final class Interpreter {
    private enum Signal { NONE, BREAK, CONTINUE, RETURN }

    private final Budget budget;
    private final boolean tracing;
    private final SplitMix64 rng;
    private final Map<String, Object> globals = new LinkedHashMap<>();
    private final StringBuilder stdout = new StringBuilder();
    private final Plots plots = new Plots();
    private final Evaluator evaluator = new Evaluator(this);
    private final long startMillis;
    private BooleanSupplier stop = () -> false;
    private Map<String, Object> locals;
    private Object returnValue;
    private long steps;
    private long elements;
    private int depth;
    private Object lastValue;
    private String lastAssigned;
    private Ast.Stmt lastStatement;

    public Interpreter(Budget budget, boolean tracing, long seed) {
        this.budget = budget;
        this.tracing = tracing;
        this.rng = new SplitMix64(seed);
        this.startMillis = System.currentTimeMillis();
    }

    /**
     * Ends the run with a {@link BudgetException} for the budget "stopped" once {@code stop} answers
     * true; asked every 1024 steps, with the time budget. How a server job cancels a program.
     */
    public void stopWhen(BooleanSupplier stop) {
        this.stop = stop;
    }

    /** Binds an input: a differentiable input node when tracing, else a constant. */
    public void setInput(String name, Tensor value) {
        globals.put(name, tracing ? Node.input(name, value) : Node.constant(value));
    }

    /** Binds any value of the language (a Node, Boolean, String, List or null). */
    public void set(String name, Object value) {
        globals.put(name, value);
    }

    /** The value of a global variable, or null. */
    public Object get(String name) {
        return globals.get(name);
    }

    /** The user's variables, in order of first assignment (functions included). */
    public Map<String, Object> variables() {
        return Collections.unmodifiableMap(globals);
    }

    public String stdout() {
        return stdout.toString();
    }

    public List<Plot> plots() {
        return plots.list();
    }

    public long steps() {
        return steps;
    }

    /** The value of the last top-level statement (an assignment's value or an expression's). */
    public Object lastValue() {
        return lastValue;
    }

    /** The last name assigned at top level, or null. */
    public String lastAssigned() {
        return lastAssigned;
    }

    Ast.Stmt lastStatement() {
        return lastStatement;
    }

    /** Parses and runs a program. @throws LangException for any error, BudgetException when out of budget */
    public void run(String source) {
        exec(Parser.parseProgram(source));
    }

    /** Runs parsed statements at top level. */
    public void exec(List<Ast.Stmt> program) {
        for (Ast.Stmt s : program) {
            Signal sig = exec(s);
            if (sig != Signal.NONE) {
                throw new LangException("syntax", "'" + (sig == Signal.RETURN ? "return" : sig.name().toLowerCase())
                        + "' outside of " + (sig == Signal.RETURN ? "a function" : "a loop"), s.line, s.column, null);
            }
            lastStatement = s;
        }
    }

    /** Evaluates one expression (an answer) in the current variables. */
    public Object eval(Ast.Expr e) {
        return evaluator.eval(e);
    }

    /** Calls a function the program defined, e.g. a hidden test calling {@code glove_loss(W, …)}. */
    public Object call(String name, Object... args) {
        Object f = globals.get(name);
        if (!(f instanceof Values.Function)) {
            throw new LangException("name", "the program defines no function " + name + "()", 1, 1,
                    "define it with def " + name + "(…):");
        }
        Values.Function fn = (Values.Function) f;
        return invoke(fn, args, Collections.emptyMap(), null);
    }

    private Signal exec(Ast.Stmt s) {
        tick(s.line, s.column);
        if (s instanceof Ast.Assign) {
            assign((Ast.Assign) s);
            return Signal.NONE;
        }
        if (s instanceof Ast.ExprStmt) {
            Object v = evaluator.eval(((Ast.ExprStmt) s).expr);
            if (locals == null) {
                lastValue = v;
            }
            return Signal.NONE;
        }
        if (s instanceof Ast.If) {
            Ast.If i = (Ast.If) s;
            for (int k = 0; k < i.conditions.size(); k++) {
                Ast.Expr c = i.conditions.get(k);
                if (Values.truthy(evaluator.eval(c), c)) {
                    return block(i.bodies.get(k));
                }
            }
            return i.orElse == null ? Signal.NONE : block(i.orElse);
        }
        if (s instanceof Ast.While) {
            Ast.While w = (Ast.While) s;
            while (Values.truthy(evaluator.eval(w.condition), w.condition)) {
                Signal sig = block(w.body);
                if (sig == Signal.BREAK) {
                    break;
                }
                if (sig == Signal.RETURN) {
                    return sig;
                }
            }
            return Signal.NONE;
        }
        if (s instanceof Ast.For) {
            return forLoop((Ast.For) s);
        }
        if (s instanceof Ast.Def) {
            Ast.Def d = (Ast.Def) s;
            scope().put(d.name, new Values.Function(d));
            return Signal.NONE;
        }
        Ast.Jump j = (Ast.Jump) s;
        switch (j.kind) {
            case "return":
                returnValue = j.value == null ? null : evaluator.eval(j.value);
                return Signal.RETURN;
            case "break":
                return Signal.BREAK;
            case "continue":
                return Signal.CONTINUE;
            default:
                return Signal.NONE;
        }
    }

    private Signal block(List<Ast.Stmt> body) {
        for (Ast.Stmt s : body) {
            Signal sig = exec(s);
            if (sig != Signal.NONE) {
                return sig;
            }
        }
        return Signal.NONE;
    }

    private Signal forLoop(Ast.For f) {
        Object it = evaluator.eval(f.iterable);
        if (it instanceof Values.Range) {
            Values.Range r = (Values.Range) it;
            for (long k = 0, n = r.length(); k < n; k++) {
                bindLoop(f, F.scalar(r.start + k * r.step));
                Signal sig = block(f.body);
                if (sig == Signal.BREAK) {
                    break;
                }
                if (sig == Signal.RETURN) {
                    return sig;
                }
            }
            return Signal.NONE;
        }
        List<Object> items = evaluator.iterate(it, f.iterable);
        for (Object item : items) {
            bindLoop(f, item);
            Signal sig = block(f.body);
            if (sig == Signal.BREAK) {
                break;
            }
            if (sig == Signal.RETURN) {
                return sig;
            }
        }
        return Signal.NONE;
    }

    private void bindLoop(Ast.For f, Object item) {
        if (f.vars.size() == 1) {
            scope().put(f.vars.get(0), item);
            return;
        }
        List<Object> parts = evaluator.iterate(item, f.iterable);
        if (parts.size() != f.vars.size()) {
            throw new LangException("type", "cannot unpack " + parts.size() + " values into " + f.vars.size()
                    + " loop variables", f.line, f.column, null);
        }
        for (int i = 0; i < parts.size(); i++) {
            scope().put(f.vars.get(i), parts.get(i));
        }
    }

    private void assign(Ast.Assign a) {
        Object v = evaluator.eval(a.value);
        if (a.index != null) {
            Object target = lookup(a.target(), a.line, a.column);
            Node t = toNode(target, a.value);
            Index ix = evaluator.index(a.index);
            v = keep(Node.apply(ShapeOps.setitem(ix), t, toNode(v, a.value)), a.value);
        }
        if (a.targets.size() == 1) {
            if (v instanceof Node) {
                ((Node) v).labelIfUnnamed(a.target());
            }
            scope().put(a.target(), v);
        } else {
            List<Object> parts = evaluator.iterate(v, a.value);
            if (parts.size() != a.targets.size()) {
                throw new LangException("type", "cannot unpack " + parts.size() + " values into "
                        + a.targets.size() + " names", a.line, a.column, null);
            }
            for (int i = 0; i < parts.size(); i++) {
                scope().put(a.targets.get(i), parts.get(i));
            }
        }
        if (locals == null) {
            lastValue = scope().get(a.targets.get(a.targets.size() - 1));
            lastAssigned = a.targets.get(a.targets.size() - 1);
        }
    }

    Map<String, Object> scope() {
        return locals != null ? locals : globals;
    }

    /** A variable's value: locals first, then globals. @throws LangException listing the variables */
    Object lookup(String name, int line, int column) {
        if (locals != null && locals.containsKey(name)) {
            return locals.get(name);
        }
        if (globals.containsKey(name)) {
            return globals.get(name);
        }
        TreeSet<String> known = new TreeSet<>(globals.keySet());
        if (locals != null) {
            known.addAll(locals.keySet());
        }
        String hint = Builtins.get(name) != null ? name + " is a function: call it as " + name + "(…)"
                : known.isEmpty() ? "no variables are defined yet" : "the variables are " + String.join(", ", known);
        throw new LangException("name", "unknown name '" + name + "'", line, column, hint);
    }

    boolean isDefined(String name) {
        return (locals != null && locals.containsKey(name)) || globals.containsKey(name);
    }

    /** Calls a user function with evaluated arguments. */
    Object invoke(Values.Function fn, Object[] args, Map<String, Object> kwargs, Ast.Expr at) {
        Ast.Def d = fn.def;
        int line = at == null ? d.line : at.line;
        int col = at == null ? d.column : at.column;
        if (args.length > d.params.size()) {
            throw new LangException("type", d.name + "() takes " + d.params.size() + " arguments but got "
                    + args.length, line, col, "def " + d.name + "(" + String.join(", ", d.params) + ")");
        }
        Map<String, Object> frame = new LinkedHashMap<>();
        for (int i = 0; i < d.params.size(); i++) {
            String p = d.params.get(i);
            if (i < args.length) {
                frame.put(p, args[i]);
            } else if (kwargs.containsKey(p)) {
                frame.put(p, kwargs.get(p));
            } else if (d.defaults.get(i) != null) {
                frame.put(p, evaluator.eval(d.defaults.get(i)));
            } else {
                throw new LangException("type", d.name + "() is missing the argument " + p, line, col,
                        "def " + d.name + "(" + String.join(", ", d.params) + ")");
            }
        }
        for (String k : kwargs.keySet()) {
            if (!d.params.contains(k)) {
                throw new LangException("type", d.name + "() has no parameter " + k, line, col, null);
            }
        }
        if (++depth > budget.depth) {
            depth = 0;
            throw new BudgetException("recursion", "calls nested more than " + budget.depth + " deep", line, col,
                    "does the function call itself without ever stopping?");
        }
        Map<String, Object> saved = locals;
        Object savedReturn = returnValue;
        locals = frame;
        try {
            returnValue = null;
            Signal sig = block(d.body);
            if (sig == Signal.BREAK || sig == Signal.CONTINUE) {
                throw new LangException("syntax", "'" + sig.name().toLowerCase() + "' outside of a loop", d.line,
                        d.column, null);
            }
            return returnValue;
        } finally {
            locals = saved;
            returnValue = savedReturn;
            depth--;
        }
    }

    /** Counts one step and checks the step and time budgets. */
    void tick(int line, int column) {
        if (++steps > budget.steps) {
            throw new BudgetException("steps", "the program ran more than " + budget.steps + " steps", line, column,
                    "is there a loop that never ends?");
        }
        if ((steps & 1023) == 0) {
            if (System.currentTimeMillis() - startMillis > budget.millis) {
                throw new BudgetException("time", "the program ran longer than " + budget.millis + " ms", line, column,
                        "is there a loop that never ends, or one that is far too long?");
            }
            if (stop.getAsBoolean()) {
                throw new BudgetException("stopped", "the program was stopped", line, column,
                        "its job was cancelled or ran past its time limit");
            }
        }
    }

    /** Checks that {@code n} more elements fit the memory budget, before allocating them. */
    void reserve(long n, Ast.Expr at) {
        if (n > budget.elements - elements) {
            throw new BudgetException("memory", "the program would hold more than " + budget.elements
                    + " numbers", at.line, at.column, "use smaller arrays");
        }
    }

    /** Accounts a new result and, when not tracing, cuts it loose from the graph. */
    Node keep(Node n, Ast.Expr at) {
        int size = n.value().size();
        reserve(size, at);
        elements += size;
        return tracing || n.isLeaf() ? n : Node.constant(n.value());
    }

    /** A value as a number or array: booleans count 1/0, numeric lists become arrays. */
    Node toNode(Object v, Ast.Expr at) {
        return evaluator.toNode(v, at);
    }

    Node randn(int[] shape) {
        double[] d = new double[Shape.size(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return Node.constant(Tensor.of(shape, d));
    }

    Object print(Args a) {
        String sep = a.has("sep") ? a.keywordString("sep") : " ";
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < a.count(); i++) {
            line.append(i == 0 ? "" : sep).append(Values.str(a.get(i)));
        }
        if (stdout.length() + line.length() + 1 > budget.output) {
            throw new BudgetException("output", "the program printed more than " + budget.output + " characters",
                    a.at.line, a.at.column, "print less, for example only every 100th step");
        }
        stdout.append(line).append('\n');
        return null;
    }

    Object plot(Args a, String kind) {
        plots.add(a, kind);
        return null;
    }
}
