package dev.gradlab.core.check;

import dev.gradlab.core.lang.Ast;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Parser;

/** Reading a typed answer: the language's syntax, with {@code ^} as power and implicit products. */
public final class Answers {
    private Answers() {
    }

    /**
     * Parses an answer.
     *
     * @throws LangException with the position of a syntax error
     */
    public static Ast.Expr parse(String text) {
        return Parser.parseExpression(text);
    }
}
