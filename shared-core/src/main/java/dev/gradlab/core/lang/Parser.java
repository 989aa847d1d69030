package dev.gradlab.core.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses programs and answers of the student language: Python's statement syntax over the
 * expressions of {@link ExprParser}.
 *
 * <pre>
 * program  := statement*
 * statement:= 'if' expr ':' block ('elif' expr ':' block)* ('else' ':' block)?
 *           | 'for' NAME (',' NAME)* 'in' expr ':' block | 'while' expr ':' block
 *           | 'def' NAME '(' (NAME ('=' expr)?) ,* ')' ':' block
 *           | simple (';' simple)* NEWLINE
 * simple   := 'return' expr? | 'break' | 'continue' | 'pass'
 *           | target ('=' | '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '@=' | '**=') expr | expr
 * target   := NAME | NAME '[' items ']' | NAME (',' NAME)+
 * block    := NEWLINE INDENT statement+ DEDENT | simple (';' simple)* NEWLINE
 * </pre>
 */
public final class Parser extends ExprParser {
    private static final Set<String> ASSIGN_OPS = new HashSet<>(Arrays.asList(
            "=", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "**="));

    /** The deepest nesting of blocks accepted. */
    public static final int MAX_BLOCKS = 100;

    private int blocks;

    private Parser(List<Token> tokens) {
        super(tokens);
    }

    /** The longest source accepted, in characters. */
    public static final int MAX_SOURCE = 200_000;

    private static void checkSize(String src) {
        if (src.length() > MAX_SOURCE) {
            throw new BudgetException("size", "the text is " + src.length() + " characters long; at most "
                    + MAX_SOURCE + " are accepted", 1, 1, null);
        }
    }

    /** Parses a whole program. */
    public static List<Ast.Stmt> parseProgram(String src) {
        checkSize(src);
        Parser p = new Parser(Lexer.tokenizeProgram(src));
        List<Ast.Stmt> stmts = new ArrayList<>();
        p.skipNewlines();
        while (p.peek().kind != Token.Kind.EOF) {
            p.statement(stmts);
            p.skipNewlines();
        }
        if (stmts.isEmpty()) {
            throw LangException.syntax("the program is empty", 1, 1, "write an expression such as f = x^2");
        }
        return stmts;
    }

    /** Parses a single expression (an answer); nothing may follow it. */
    public static Ast.Expr parseExpression(String src) {
        checkSize(src);
        Parser p = new Parser(Lexer.tokenize(src));
        p.skipNewlines();
        if (p.peek().kind == Token.Kind.EOF) {
            throw LangException.syntax("the answer is empty", 1, 1, null);
        }
        Ast.Expr e = p.expr();
        p.skipNewlines();
        Token t = p.peek();
        if (t.kind != Token.Kind.EOF) {
            throw p.unexpected(t, t.is("=") ? "an answer is an expression, not an assignment" : null);
        }
        return e;
    }

    private void skipNewlines() {
        while (peek().kind == Token.Kind.NEWLINE || peek().is(";")) {
            next();
        }
    }

    private void statement(List<Ast.Stmt> out) {
        Token t = peek();
        if (t.is("INDENT")) {
            throw unexpected(t, "only the lines of a block (after if, for, while or def) are indented");
        }
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "if":
                    out.add(ifStatement());
                    return;
                case "for":
                    out.add(forStatement());
                    return;
                case "while":
                    next();
                    Ast.Expr cond = expr();
                    out.add(new Ast.While(t, cond, block(t)));
                    return;
                case "def":
                    out.add(defStatement());
                    return;
                default:
                    break;
            }
        }
        simpleLine(out);
    }

    /** One or more simple statements separated by ';' up to the end of the line. */
    private void simpleLine(List<Ast.Stmt> out) {
        out.add(simple());
        while (accept(";")) {
            if (peek().kind == Token.Kind.NEWLINE || peek().kind == Token.Kind.EOF) {
                break;
            }
            out.add(simple());
        }
        Token end = peek();
        if (end.kind == Token.Kind.NEWLINE) {
            next();
        } else if (end.kind != Token.Kind.EOF && !end.is("DEDENT")) {
            throw unexpected(end, end.kind == Token.Kind.NAME || end.kind == Token.Kind.NUMBER
                    ? "put each statement on its own line (or separate them with ;)" : null);
        }
    }

    private Ast.Stmt simple() {
        Token t = peek();
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "return":
                    next();
                    Ast.Expr v = endsStatement(peek()) ? null : expr();
                    return new Ast.Jump(t, v);
                case "break":
                case "continue":
                case "pass":
                    next();
                    return new Ast.Jump(t, null);
                case "elif":
                case "else":
                    throw unexpected(t, t.text + " needs an if just before it, at the same indentation");
                default:
                    break;
            }
            Ast.Stmt assign = assignment();
            if (assign != null) {
                return assign;
            }
        }
        return new Ast.ExprStmt(t, expr());
    }

    private static boolean endsStatement(Token t) {
        return t.kind == Token.Kind.NEWLINE || t.kind == Token.Kind.EOF || t.is(";") || t.is("DEDENT");
    }

    /** An assignment starting at the current NAME, or null (position unchanged) when this is none. */
    private Ast.Stmt assignment() {
        int start = pos;
        Token first = next();
        List<String> targets = new ArrayList<>();
        targets.add(first.text);
        List<Ast.Expr> index = null;
        if (peek().is("[")) {
            Token open = next();
            try {
                index = indexItems(open);
            } catch (LangException e) {
                pos = start;
                return null;
            }
        } else {
            while (peek().is(",") && tokens.get(pos + 1).kind == Token.Kind.NAME) {
                next();
                targets.add(next().text);
            }
        }
        Token op = peek();
        if (op.kind != Token.Kind.OP || !ASSIGN_OPS.contains(op.text)) {
            pos = start;
            return null;
        }
        for (String name : targets) {
            if (KEYWORDS.contains(name)) {
                throw LangException.syntax("'" + name + "' is a reserved word and cannot be assigned",
                        first.line, first.column, null);
            }
        }
        next();
        if (endsStatement(peek())) {
            throw unexpected(peek(), "write a value after " + op.text);
        }
        Ast.Expr value = expr();
        if (!op.text.equals("=")) {
            if (targets.size() > 1) {
                throw LangException.syntax(op.text + " needs a single target", op.line, op.column, null);
            }
            Ast.Expr current = new Ast.Name(first);
            if (index != null) {
                current = new Ast.Index(first, current, index, 2);
            }
            value = binary(op.text.substring(0, op.text.length() - 1), op, current, value, false);
        }
        return new Ast.Assign(first, targets, index, value);
    }

    private Ast.Stmt ifStatement() {
        Token t = next();
        List<Ast.Expr> conds = new ArrayList<>();
        List<List<Ast.Stmt>> bodies = new ArrayList<>();
        conds.add(expr());
        bodies.add(block(t));
        List<Ast.Stmt> orElse = null;
        while (true) {
            if (isWord("elif")) {
                Token e = next();
                conds.add(expr());
                bodies.add(block(e));
            } else if (isWord("else")) {
                Token e = next();
                orElse = block(e);
                break;
            } else {
                break;
            }
        }
        return new Ast.If(t, conds, bodies, orElse);
    }

    private Ast.Stmt forStatement() {
        Token t = next();
        List<String> vars = new ArrayList<>();
        do {
            Token v = next();
            if (v.kind != Token.Kind.NAME || KEYWORDS.contains(v.text)) {
                throw unexpected(v, "write: for i in range(n):");
            }
            vars.add(v.text);
        } while (accept(","));
        if (!isWord("in")) {
            throw unexpected(peek(), "write: for " + vars.get(0) + " in …:");
        }
        next();
        Ast.Expr iterable = expr();
        return new Ast.For(t, vars, iterable, block(t));
    }

    private Ast.Stmt defStatement() {
        Token t = next();
        Token name = next();
        if (name.kind != Token.Kind.NAME || KEYWORDS.contains(name.text)) {
            throw unexpected(name, "write: def name(arguments):");
        }
        Token open = peek();
        expect("(", null);
        List<String> params = new ArrayList<>();
        List<Ast.Expr> defaults = new ArrayList<>();
        while (!peek().is(")")) {
            Token p = next();
            if (p.kind != Token.Kind.NAME || KEYWORDS.contains(p.text)) {
                throw unexpected(p, "parameters are names separated by commas");
            }
            if (params.contains(p.text)) {
                throw LangException.syntax("parameter " + p.text + " appears twice", p.line, p.column, null);
            }
            params.add(p.text);
            defaults.add(accept("=") ? expr() : null);
            if (!accept(",")) {
                break;
            }
        }
        expect(")", open);
        return new Ast.Def(t, name.text, params, defaults, block(t));
    }

    /** ':' followed by an indented block, or by simple statements on the same line. */
    private List<Ast.Stmt> block(Token owner) {
        Token colon = peek();
        if (!colon.is(":")) {
            throw unexpected(colon, "a line starting with " + owner.text + " ends with a colon");
        }
        next();
        List<Ast.Stmt> body = new ArrayList<>();
        if (peek().kind != Token.Kind.NEWLINE) {
            simpleLine(body);
            return body;
        }
        next();
        if (!peek().is("INDENT")) {
            throw unexpected(peek(), "indent the lines of the " + owner.text + " block");
        }
        next();
        if (++blocks > MAX_BLOCKS) {
            throw LangException.syntax("blocks are nested more than " + MAX_BLOCKS + " deep", owner.line,
                    owner.column, "move inner parts into functions");
        }
        while (!peek().is("DEDENT") && peek().kind != Token.Kind.EOF) {
            statement(body);
            skipNewlines();
        }
        blocks--;
        accept("DEDENT");
        return body;
    }
}
