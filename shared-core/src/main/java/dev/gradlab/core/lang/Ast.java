package dev.gradlab.core.lang;

import java.util.Collections;
import java.util.List;

/** The syntax tree. Every node records where it starts (1-based line and column). */
public final class Ast {
    private Ast() {
    }

    /** Base of all expressions. {@code height} bounds how deep evaluation will recurse. */
    public abstract static class Expr {
        public final int line;
        public final int column;
        public final int height;

        Expr(int line, int column, int height) {
            this.line = line;
            this.column = column;
            this.height = height;
        }
    }

    public static final class Num extends Expr {
        public final double value;
        public final String text;

        Num(Token t, double value) {
            super(t.line, t.column, 1);
            this.value = value;
            this.text = t.text;
        }
    }

    public static final class Str extends Expr {
        public final String value;

        Str(Token t) {
            super(t.line, t.column, 1);
            this.value = t.text;
        }
    }

    public static final class Name extends Expr {
        public final String name;

        Name(Token t) {
            super(t.line, t.column, 1);
            this.name = t.text;
        }
    }

    /** {@code -a} or {@code +a}; position is the operator's. */
    public static final class Unary extends Expr {
        public final String op;
        public final Expr operand;

        Unary(Token op, Expr operand) {
            super(op.line, op.column, operand.height + 1);
            this.op = op.text;
            this.operand = operand;
        }
    }

    /**
     * {@code left op right} for {@code + - * / @ **}; {@code ^} is stored as {@code **}. Position is
     * the operator's, since that is where a shape error is reported; {@code implicit} marks a
     * product written without {@code *}, as in {@code 6x}.
     */
    public static final class Binary extends Expr {
        public final String op;
        public final Expr left;
        public final Expr right;
        public final boolean implicit;

        Binary(String op, int line, int column, Expr left, Expr right, boolean implicit) {
            super(line, column, Math.max(left.height, right.height) + 1);
            this.op = op;
            this.left = left;
            this.right = right;
            this.implicit = implicit;
        }
    }

    /**
     * {@code f(args, name=value)}; a method call {@code x.f(a)} is read as {@code f(x, a)} and
     * {@code np.f(a)} as {@code f(a)}.
     */
    public static final class Call extends Expr {
        public final String function;
        public final List<Expr> args;
        public final List<String> keywords;
        public final List<Expr> keywordValues;

        Call(Token name, List<Expr> args, List<String> keywords, List<Expr> keywordValues, int height) {
            super(name.line, name.column, height);
            this.function = name.text;
            this.args = Collections.unmodifiableList(args);
            this.keywords = Collections.unmodifiableList(keywords);
            this.keywordValues = Collections.unmodifiableList(keywordValues);
        }
    }

    /** {@code x.name} for the attributes that are not calls, such as {@code X.shape}. */
    public static final class Attr extends Expr {
        public final Expr target;
        public final String name;

        Attr(Token dot, Expr target, String name) {
            super(dot.line, dot.column, target.height + 1);
            this.target = target;
            this.name = name;
        }
    }

    /** {@code a < b <= c}: a chain of comparisons, as in Python. */
    public static final class Compare extends Expr {
        public final List<String> ops;
        public final List<Expr> operands;

        Compare(Token at, List<String> ops, List<Expr> operands, int height) {
            super(at.line, at.column, height);
            this.ops = Collections.unmodifiableList(ops);
            this.operands = Collections.unmodifiableList(operands);
        }
    }

    /** {@code a and b}, {@code a or b} (short-circuit) and {@code not a} (right is null). */
    public static final class Logic extends Expr {
        public final String op;
        public final Expr left;
        public final Expr right;

        Logic(Token at, String op, Expr left, Expr right) {
            super(at.line, at.column, Math.max(left.height, right == null ? 0 : right.height) + 1);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code True}, {@code False} or {@code None} (value null). */
    public static final class Const extends Expr {
        public final Boolean value;

        Const(Token t, Boolean value) {
            super(t.line, t.column, 1);
            this.value = value;
        }
    }

    /** {@code a.T} or {@code a'}: position is the operator's. */
    public static final class Transpose extends Expr {
        public final Expr operand;

        Transpose(Token op, Expr operand) {
            super(op.line, op.column, operand.height + 1);
            this.operand = operand;
        }
    }

    /** {@code a[i, j:k]}: one item per leading axis; position is the bracket's. */
    public static final class Index extends Expr {
        public final Expr target;
        public final List<Expr> items;

        Index(Token bracket, Expr target, List<Expr> items, int height) {
            super(bracket.line, bracket.column, height);
            this.target = target;
            this.items = Collections.unmodifiableList(items);
        }
    }

    /** {@code start:stop:step} inside an index; absent parts are null. */
    public static final class Slice extends Expr {
        public final Expr start;
        public final Expr stop;
        public final Expr step;

        Slice(int line, int column, Expr start, Expr stop, Expr step) {
            super(line, column, 1 + Math.max(h(start), Math.max(h(stop), h(step))));
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        private static int h(Expr e) {
            return e == null ? 0 : e.height;
        }
    }

    /** {@code [a, b, ...]}: a vector, or a matrix when the elements are rows. */
    public static final class ListLit extends Expr {
        public final List<Expr> items;

        ListLit(Token bracket, List<Expr> items, int height) {
            super(bracket.line, bracket.column, height);
            this.items = Collections.unmodifiableList(items);
        }
    }

    /** A statement: an assignment or an expression on its own. */
    public abstract static class Stmt {
        public final int line;
        public final int column;

        Stmt(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /**
     * {@code target = value}: the target is a name, an indexed name ({@code W[0, :] = v}) or several
     * names ({@code n, d = X.shape}); {@code a += b} is parsed as {@code a = a + b}.
     */
    public static final class Assign extends Stmt {
        /** The assigned names; more than one for tuple unpacking. */
        public final List<String> targets;
        /** The index of an indexed assignment, or null. */
        public final List<Expr> index;
        public final Expr value;

        Assign(Token target, List<String> targets, List<Expr> index, Expr value) {
            super(target.line, target.column);
            this.targets = Collections.unmodifiableList(targets);
            this.index = index == null ? null : Collections.unmodifiableList(index);
            this.value = value;
        }

        /** The single assigned name. */
        public String target() {
            return targets.get(0);
        }
    }

    public static final class ExprStmt extends Stmt {
        public final Expr expr;

        ExprStmt(Token start, Expr expr) {
            super(start.line, start.column);
            this.expr = expr;
        }
    }

    /** if / elif / else: {@code conditions.get(i)} guards {@code bodies.get(i)}; an else body is last. */
    public static final class If extends Stmt {
        public final List<Expr> conditions;
        public final List<List<Stmt>> bodies;
        public final List<Stmt> orElse;

        If(Token t, List<Expr> conditions, List<List<Stmt>> bodies, List<Stmt> orElse) {
            super(t.line, t.column);
            this.conditions = Collections.unmodifiableList(conditions);
            this.bodies = Collections.unmodifiableList(bodies);
            this.orElse = orElse;
        }
    }

    public static final class For extends Stmt {
        public final List<String> vars;
        public final Expr iterable;
        public final List<Stmt> body;

        For(Token t, List<String> vars, Expr iterable, List<Stmt> body) {
            super(t.line, t.column);
            this.vars = Collections.unmodifiableList(vars);
            this.iterable = iterable;
            this.body = body;
        }
    }

    public static final class While extends Stmt {
        public final Expr condition;
        public final List<Stmt> body;

        While(Token t, Expr condition, List<Stmt> body) {
            super(t.line, t.column);
            this.condition = condition;
            this.body = body;
        }
    }

    /** {@code def name(params): body}; {@code defaults.get(i)} is null for a parameter without one. */
    public static final class Def extends Stmt {
        public final String name;
        public final List<String> params;
        public final List<Expr> defaults;
        public final List<Stmt> body;

        Def(Token t, String name, List<String> params, List<Expr> defaults, List<Stmt> body) {
            super(t.line, t.column);
            this.name = name;
            this.params = Collections.unmodifiableList(params);
            this.defaults = Collections.unmodifiableList(defaults);
            this.body = body;
        }
    }

    /** {@code return value} (value may be null), {@code break}, {@code continue} or {@code pass}. */
    public static final class Jump extends Stmt {
        public final String kind;
        public final Expr value;

        Jump(Token t, Expr value) {
            super(t.line, t.column);
            this.kind = t.text;
            this.value = value;
        }
    }
}
