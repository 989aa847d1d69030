package dev.gradlab.core.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses programs and expressions of the student language.
 *
 * <pre>
 * program   := (statement (NEWLINE | ';')*)*
 * statement := NAME ('=' | '+=' | '-=' | '*=' | '/=' | '@=' | '**=') expr | expr
 * expr      := term (('+' | '-') term)*
 * term      := unary (('*' | '/' | '@') unary | implicit product)*
 * unary     := ('-' | '+') unary | power
 * power     := postfix (('**' | '^') unary)?
 * postfix   := atom ('(' args ')' | '.T' | "'" | '[' item (',' item)* ']')*
 * item      := expr | expr? ':' expr? (':' expr?)?
 * atom      := NUMBER | NAME | STRING | '(' expr ')' | '[' (expr (',' expr)* ','?)? ']'
 * </pre>
 *
 * An implicit product is a number or a parenthesised group followed directly by a name or
 * {@code (}: {@code 6x}, {@code 2(x+1)}, {@code (a+b)(a-b)}. Trees deeper than
 * {@link #MAX_HEIGHT} are refused so evaluation can never overflow the stack.
 */
public final class Parser {
    /** The deepest expression tree accepted. */
    public static final int MAX_HEIGHT = 400;

    private final List<Token> tokens;
    private int pos;
    private int nesting;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole program. */
    public static List<Ast.Stmt> parseProgram(String src) {
        Parser p = new Parser(Lexer.tokenize(src));
        List<Ast.Stmt> stmts = p.program();
        if (stmts.isEmpty()) {
            throw LangException.syntax("the program is empty", 1, 1, "write an expression such as f = x^2");
        }
        return stmts;
    }

    /** Parses a single expression (an answer); nothing may follow it. */
    public static Ast.Expr parseExpression(String src) {
        Parser p = new Parser(Lexer.tokenize(src));
        p.skipNewlines();
        if (p.peek().kind == Token.Kind.EOF) {
            throw LangException.syntax("the answer is empty", 1, 1, null);
        }
        Ast.Expr e = p.expr();
        p.skipNewlines();
        p.expectEnd();
        return e;
    }

    private List<Ast.Stmt> program() {
        List<Ast.Stmt> out = new ArrayList<>();
        skipNewlines();
        while (peek().kind != Token.Kind.EOF) {
            out.add(statement());
            Token t = peek();
            if (t.kind != Token.Kind.EOF && t.kind != Token.Kind.NEWLINE && !t.is(";")) {
                throw unexpected(t, "put each statement on its own line (or separate them with ;)");
            }
            skipNewlines();
        }
        return out;
    }

    private Ast.Stmt statement() {
        Token first = peek();
        Token second = tokens.get(Math.min(pos + 1, tokens.size() - 1));
        if (first.kind == Token.Kind.NAME && second.kind == Token.Kind.OP && isAssignOp(second.text)) {
            pos += 2;
            if (peek().kind == Token.Kind.EOF || peek().kind == Token.Kind.NEWLINE) {
                throw unexpected(peek(), "write a value after " + second.text);
            }
            Ast.Expr value = expr();
            if (!second.text.equals("=")) {
                String op = second.text.substring(0, second.text.length() - 1);
                value = binary(op, second, new Ast.Name(first), value, false);
            }
            return new Ast.Assign(first, value);
        }
        return new Ast.ExprStmt(expr());
    }

    private static boolean isAssignOp(String s) {
        return s.equals("=") || s.equals("+=") || s.equals("-=") || s.equals("*=") || s.equals("/=")
                || s.equals("@=") || s.equals("**=");
    }

    Ast.Expr expr() {
        enter();
        Ast.Expr left = term();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = binary(op.text, op, left, term(), false);
        }
        nesting--;
        return left;
    }

    private Ast.Expr term() {
        Ast.Expr left = unary();
        while (true) {
            Token t = peek();
            if (t.is("*") || t.is("/") || t.is("@")) {
                next();
                left = binary(t.text, t, left, unary(), false);
            } else if (startsImplicitProduct(left, t)) {
                left = binary("*", t, left, power(), true);
            } else {
                return left;
            }
        }
    }

    private boolean startsImplicitProduct(Ast.Expr left, Token t) {
        boolean leftOk = left instanceof Ast.Num || previous().is(")");
        boolean rightOk = t.kind == Token.Kind.NAME || t.is("(");
        return leftOk && rightOk;
    }

    private Ast.Expr unary() {
        Token t = peek();
        if (t.is("-") || t.is("+")) {
            next();
            enter();
            Ast.Expr operand = unary();
            nesting--;
            return check(new Ast.Unary(t, operand));
        }
        return power();
    }

    private Ast.Expr power() {
        Ast.Expr base = postfix();
        Token t = peek();
        if (t.is("**") || t.is("^")) {
            next();
            return binary("**", t, base, unary(), false);
        }
        return base;
    }

    private Ast.Expr postfix() {
        Ast.Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.is("(") && e instanceof Ast.Name) {
                e = call((Ast.Name) e);
            } else if (t.is(".")) {
                next();
                Token attr = next();
                if (attr.kind != Token.Kind.NAME || !attr.text.equals("T")) {
                    throw LangException.syntax("unknown attribute ." + attr.text, attr.line, attr.column,
                            "the only attribute is .T (transpose)");
                }
                e = check(new Ast.Transpose(t, e));
            } else if (t.is("'")) {
                next();
                e = check(new Ast.Transpose(t, e));
            } else if (t.is("[")) {
                next();
                List<Ast.Expr> items = new ArrayList<>();
                int height = e.height + 1;
                do {
                    Ast.Expr item = indexItem();
                    height = Math.max(height, item.height + 1);
                    items.add(item);
                } while (accept(","));
                expect("]", t);
                e = check(new Ast.Index(t, e, items, height));
            } else {
                return e;
            }
        }
    }

    /** An index item: an expression or a slice {@code start:stop:step} with optional parts. */
    private Ast.Expr indexItem() {
        Token first = peek();
        Ast.Expr start = peek().is(":") ? null : expr();
        if (!peek().is(":")) {
            if (start == null) {
                throw unexpected(peek(), "write an index such as 0 or a slice such as 1:3");
            }
            return start;
        }
        next();
        Ast.Expr stop = peek().is(":") || peek().is(",") || peek().is("]") ? null : expr();
        Ast.Expr step = null;
        if (accept(":")) {
            step = peek().is(",") || peek().is("]") ? null : expr();
        }
        return check(new Ast.Slice(first.line, first.column, start, stop, step));
    }

    private Ast.Expr call(Ast.Name name) {
        Token open = next();
        List<Ast.Expr> args = new ArrayList<>();
        int height = 1;
        if (!peek().is(")")) {
            do {
                if (peek().is(")")) {
                    break;
                }
                Ast.Expr a = expr();
                height = Math.max(height, a.height + 1);
                args.add(a);
            } while (accept(","));
        }
        expect(")", open);
        return check(new Ast.Call(new Token(Token.Kind.NAME, name.name, name.line, name.column, false), args, height));
    }

    private Ast.Expr atom() {
        Token t = next();
        switch (t.kind) {
            case NUMBER:
                return new Ast.Num(t, Double.parseDouble(t.text));
            case NAME:
                return new Ast.Name(t);
            case STRING:
                return new Ast.Str(t);
            default:
                break;
        }
        if (t.is("(")) {
            if (peek().is(")")) {
                throw unexpected(peek(), "write an expression inside the parentheses");
            }
            Ast.Expr e = expr();
            expect(")", t);
            return e;
        }
        if (t.is("[")) {
            List<Ast.Expr> items = new ArrayList<>();
            int height = 1;
            while (!peek().is("]")) {
                Ast.Expr item = expr();
                height = Math.max(height, item.height + 1);
                items.add(item);
                if (!accept(",")) {
                    break;
                }
            }
            expect("]", t);
            return check(new Ast.ListLit(t, items, height));
        }
        throw unexpected(t, t.kind == Token.Kind.EOF || t.kind == Token.Kind.NEWLINE
                ? "the expression is incomplete" : null);
    }

    /** Counts one level of parser recursion and refuses to go deeper than {@link #MAX_HEIGHT}. */
    private void enter() {
        if (++nesting > MAX_HEIGHT) {
            Token t = peek();
            throw LangException.syntax("the expression is nested too deeply (more than " + MAX_HEIGHT + " levels)",
                    t.line, t.column, "split it into several assignments");
        }
    }

    private Ast.Expr binary(String op, Token at, Ast.Expr l, Ast.Expr r, boolean implicit) {
        return check(new Ast.Binary(op, at.line, at.column, l, r, implicit));
    }

    private Ast.Expr check(Ast.Expr e) {
        if (e.height > MAX_HEIGHT) {
            throw LangException.syntax("the expression is nested too deeply (more than " + MAX_HEIGHT + " levels)",
                    e.line, e.column, "split it into several assignments");
        }
        return e;
    }

    private void expect(String op, Token opener) {
        Token t = peek();
        if (!t.is(op)) {
            throw unexpected(t, "expected " + op + " to close the " + opener.text + " at line " + opener.line
                    + ", column " + opener.column);
        }
        next();
    }

    private void expectEnd() {
        Token t = peek();
        if (t.kind != Token.Kind.EOF) {
            throw unexpected(t, t.is("=") ? "an answer is an expression, not an assignment" : null);
        }
    }

    private LangException unexpected(Token t, String hint) {
        String what = t.kind == Token.Kind.EOF ? "unexpected end of input" : "unexpected " + t.describe();
        return LangException.syntax(what, t.line, t.column, hint);
    }

    private boolean accept(String op) {
        if (peek().is(op)) {
            next();
            return true;
        }
        return false;
    }

    private void skipNewlines() {
        while (peek().kind == Token.Kind.NEWLINE || peek().is(";")) {
            next();
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }
}
