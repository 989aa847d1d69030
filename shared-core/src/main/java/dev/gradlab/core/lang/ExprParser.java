package dev.gradlab.core.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The expression grammar of the student language, over a token list.
 *
 * <pre>
 * expr       := or ;  or := and ('or' and)* ;  and := not ('and' not)* ;  not := 'not' not | comparison
 * comparison := arith (('==' | '!=' | '<' | '<=' | '>' | '>=') arith)*
 * arith      := term (('+' | '-') term)*
 * term       := unary (('*' | '/' | '//' | '%' | '@') unary | implicit product)*
 * unary      := ('-' | '+') unary | power
 * power      := postfix (('**' | '^') unary)?
 * postfix    := atom ('(' args ')' | '.T' | '.name' | '.name(' args ')' | "'" | '[' item (',' item)* ']')*
 * atom       := NUMBER | NAME | STRING | True | False | None | '(' expr ')' | '[' (expr (',' expr)* ','?)? ']'
 * </pre>
 *
 * An implicit product is a number or a parenthesised group followed directly by a name or
 * {@code (}: {@code 6x}, {@code 2(x+1)}, {@code (a+b)(a-b)}. Trees deeper than
 * {@link #MAX_HEIGHT} are refused so evaluation can never overflow the stack.
 */
class ExprParser {
    /** The deepest expression tree accepted. */
    public static final int MAX_HEIGHT = 400;

    /** Words that cannot be variable names. */
    static final Set<String> KEYWORDS = new HashSet<>(Arrays.asList("if", "elif", "else", "for", "in", "while",
            "def", "return", "break", "continue", "pass", "and", "or", "not", "True", "False", "None",
            "import", "from", "class", "global", "with", "try", "except", "yield", "del", "is", "as"));

    /** Module prefixes that are dropped: {@code np.exp(x)} is {@code exp(x)}. */
    private static final Set<String> MODULES = new HashSet<>(Arrays.asList("np", "numpy", "torch", "math", "F"));

    protected final List<Token> tokens;
    protected int pos;
    private int nesting;

    ExprParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    Ast.Expr expr() {
        enter();
        Ast.Expr left = and();
        while (peek().kind == Token.Kind.NAME && peek().text.equals("or")) {
            Token op = next();
            left = check(new Ast.Logic(op, "or", left, and()));
        }
        nesting--;
        return left;
    }

    private Ast.Expr and() {
        Ast.Expr left = not();
        while (isWord("and")) {
            Token op = next();
            left = check(new Ast.Logic(op, "and", left, not()));
        }
        return left;
    }

    private Ast.Expr not() {
        if (isWord("not")) {
            Token op = next();
            enter();
            Ast.Expr operand = not();
            nesting--;
            return check(new Ast.Logic(op, "not", operand, null));
        }
        return comparison();
    }

    private Ast.Expr comparison() {
        Ast.Expr first = arith();
        Token t = peek();
        if (!isComparison(t)) {
            return first;
        }
        List<String> ops = new ArrayList<>();
        List<Ast.Expr> operands = new ArrayList<>();
        operands.add(first);
        int height = first.height;
        while (isComparison(peek())) {
            ops.add(next().text);
            Ast.Expr e = arith();
            height = Math.max(height, e.height);
            operands.add(e);
        }
        return check(new Ast.Compare(t, ops, operands, height + 1));
    }

    private static boolean isComparison(Token t) {
        return t.is("==") || t.is("!=") || t.is("<") || t.is("<=") || t.is(">") || t.is(">=");
    }

    Ast.Expr arith() {
        Ast.Expr left = term();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = binary(op.text, op, left, term(), false);
        }
        return left;
    }

    private Ast.Expr term() {
        Ast.Expr left = unary();
        while (true) {
            Token t = peek();
            if (t.is("*") || t.is("/") || t.is("@") || t.is("%") || t.is("//")) {
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
        boolean rightOk = (t.kind == Token.Kind.NAME && !KEYWORDS.contains(t.text)) || t.is("(");
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
                Ast.Name n = (Ast.Name) e;
                e = call(new Token(Token.Kind.NAME, n.name, n.line, n.column, false), null);
            } else if (t.is(".")) {
                next();
                Token attr = next();
                if (attr.kind != Token.Kind.NAME) {
                    throw unexpected(attr, "write an attribute name after the dot, such as .T");
                }
                if (attr.text.equals("T")) {
                    e = check(new Ast.Transpose(t, e));
                } else if (peek().is("(")) {
                    boolean module = e instanceof Ast.Name && MODULES.contains(((Ast.Name) e).name);
                    e = call(attr, module ? null : e);
                } else {
                    e = check(new Ast.Attr(t, e, attr.text));
                }
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

    /** Index items of {@code a[...]}: expressions or slices. */
    List<Ast.Expr> indexItems(Token open) {
        List<Ast.Expr> items = new ArrayList<>();
        do {
            items.add(indexItem());
        } while (accept(","));
        expect("]", open);
        return items;
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

    /** A call of {@code name}; {@code receiver} (or null) becomes the first argument of a method call. */
    private Ast.Expr call(Token name, Ast.Expr receiver) {
        Token open = next();
        List<Ast.Expr> args = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<Ast.Expr> values = new ArrayList<>();
        int height = 1;
        if (receiver != null) {
            args.add(receiver);
            height = receiver.height + 1;
        }
        while (!peek().is(")")) {
            Token t = peek();
            Token after = tokens.get(Math.min(pos + 1, tokens.size() - 1));
            if (t.kind == Token.Kind.NAME && after.is("=")) {
                pos += 2;
                if (keywords.contains(t.text)) {
                    throw LangException.syntax("keyword argument " + t.text + " is given twice", t.line, t.column, null);
                }
                Ast.Expr v = expr();
                height = Math.max(height, v.height + 1);
                keywords.add(t.text);
                values.add(v);
            } else {
                if (!keywords.isEmpty()) {
                    throw LangException.syntax("a positional argument follows a keyword argument", t.line, t.column,
                            "put positional arguments first");
                }
                Ast.Expr a = expr();
                height = Math.max(height, a.height + 1);
                args.add(a);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")", open);
        return check(new Ast.Call(name, args, keywords, values, height));
    }

    private Ast.Expr atom() {
        Token t = next();
        switch (t.kind) {
            case NUMBER:
                return new Ast.Num(t, Double.parseDouble(t.text));
            case NAME:
                return nameAtom(t);
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
            if (peek().is(",")) {
                List<Ast.Expr> items = new ArrayList<>();
                items.add(e);
                int height = e.height + 1;
                while (accept(",") && !peek().is(")")) {
                    Ast.Expr item = expr();
                    height = Math.max(height, item.height + 1);
                    items.add(item);
                }
                expect(")", t);
                return check(new Ast.ListLit(t, items, height));
            }
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

    private Ast.Expr nameAtom(Token t) {
        switch (t.text) {
            case "True":
                return new Ast.Const(t, Boolean.TRUE);
            case "False":
                return new Ast.Const(t, Boolean.FALSE);
            case "None":
                return new Ast.Const(t, null);
            default:
                if (KEYWORDS.contains(t.text)) {
                    throw LangException.syntax("'" + t.text + "' is a reserved word and cannot start an expression",
                            t.line, t.column, t.text.equals("import") || t.text.equals("class")
                                    ? t.text + " is not part of the GradLab language" : null);
                }
                return new Ast.Name(t);
        }
    }

    /** Counts one level of parser recursion and refuses to go deeper than {@link #MAX_HEIGHT}. */
    private void enter() {
        if (++nesting > MAX_HEIGHT) {
            Token t = peek();
            throw LangException.syntax("the expression is nested too deeply (more than " + MAX_HEIGHT + " levels)",
                    t.line, t.column, "split it into several assignments");
        }
    }

    Ast.Expr binary(String op, Token at, Ast.Expr l, Ast.Expr r, boolean implicit) {
        return check(new Ast.Binary(op, at.line, at.column, l, r, implicit));
    }

    private Ast.Expr check(Ast.Expr e) {
        if (e.height > MAX_HEIGHT) {
            throw LangException.syntax("the expression is nested too deeply (more than " + MAX_HEIGHT + " levels)",
                    e.line, e.column, "split it into several assignments");
        }
        return e;
    }

    void expect(String op, Token opener) {
        Token t = peek();
        if (!t.is(op)) {
            String closes = opener == null ? "expected " + op
                    : "expected " + op + " to close the " + opener.text + " at line " + opener.line + ", column " + opener.column;
            throw unexpected(t, closes);
        }
        next();
    }

    LangException unexpected(Token t, String hint) {
        String what = t.kind == Token.Kind.EOF ? "unexpected end of input"
                : t.is("INDENT") ? "unexpected indentation"
                : t.is("DEDENT") ? "unexpected end of the indented block" : "unexpected " + t.describe();
        return LangException.syntax(what, t.line, t.column, hint);
    }

    boolean isWord(String w) {
        Token t = peek();
        return t.kind == Token.Kind.NAME && t.text.equals(w);
    }

    boolean accept(String op) {
        if (peek().is(op)) {
            next();
            return true;
        }
        return false;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }
}
