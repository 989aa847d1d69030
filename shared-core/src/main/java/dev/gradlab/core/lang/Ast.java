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

    /** {@code f(args)}. */
    public static final class Call extends Expr {
        public final String function;
        public final List<Expr> args;

        Call(Token name, List<Expr> args, int height) {
            super(name.line, name.column, height);
            this.function = name.text;
            this.args = Collections.unmodifiableList(args);
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

    /** {@code name = value}; {@code a += b} is parsed as {@code a = a + b}. */
    public static final class Assign extends Stmt {
        public final String target;
        public final Expr value;

        Assign(Token target, Expr value) {
            super(target.line, target.column);
            this.target = target.text;
            this.value = value;
        }
    }

    public static final class ExprStmt extends Stmt {
        public final Expr expr;

        ExprStmt(Expr expr) {
            super(expr.line, expr.column);
            this.expr = expr;
        }
    }
}
