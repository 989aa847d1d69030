package dev.gradlab.core.lang;

/** A program ran out of one of its {@link Budget}s; {@link #budget()} names which. Code "budget". */
public final class BudgetException extends LangException {
    private final String budget;

    public BudgetException(String budget, String message, int line, int column, String hint) {
        super("budget", message, line, column, hint);
        this.budget = budget;
    }

    /** "steps", "memory", "recursion", "time", "output", "plots", "size" (of the source text) or
     * "stopped" (by {@link Interpreter#stopWhen}). */
    public String budget() {
        return budget;
    }
}
