package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {
    @Test
    void inlineMathBecomesAKatexElementWithTheTexAsFallbackText() {
        assertEquals("Let <span class=\"math\" data-tex=\"f(x) = 3 x^3\">f(x) = 3 x^3</span>.",
                Markdown.inline("Let $f(x) = 3 x^3$."));
    }

    @Test
    void displayMathAloneIsABlock() {
        assertEquals("<div class=\"math-block\"><span class=\"math math-display\" data-tex=\"\\frac{a}{b}\">\\frac{a}{b}</span></div>",
                Markdown.block("$$\\frac{a}{b}$$"));
    }

    @Test
    void mathIsNotTouchedByEmphasisOrEscapes() {
        String html = Markdown.inline("**Note** that $a*b*c < d$ and *this*");
        assertEquals("<strong>Note</strong> that <span class=\"math\" data-tex=\"a*b*c &lt; d\">a*b*c &lt; d</span>"
                + " and <em>this</em>", html);
    }

    @Test
    void codeSpansKeepDollarsAndStars() {
        assertEquals("Write <code>mse(p, y) * $2</code>.", Markdown.inline("Write `mse(p, y) * $2`."));
    }

    @Test
    void paragraphsListsAndCodeBlocks() {
        String md = "First line\ncontinues.\n\n- one\n- two $x$\n\n1. a\n2. b\n\n```\ndef f(x):\n    return x < 1\n```\n## Heading";
        assertEquals("<p>First line continues.</p>"
                + "<ul><li>one</li><li>two <span class=\"math\" data-tex=\"x\">x</span></li></ul>"
                + "<ol><li>a</li><li>b</li></ol>"
                + "<pre class=\"code\"><code>def f(x):\n    return x &lt; 1</code></pre>"
                + "<h4>Heading</h4>", Markdown.block(md));
    }

    @Test
    void rawHtmlIsShownNotInterpreted() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", Markdown.block("<script>alert(1)</script>"));
        assertTrue(Markdown.inline("$\"><img src=x>$").contains("data-tex=\"&quot;&gt;&lt;img src=x&gt;\""));
    }

    @Test
    void escapedDollarsAndLoneDollarsStayText() {
        assertEquals("costs $5 or $6", Markdown.inline("costs $5 or \\$6"));
        assertEquals("price $5", Markdown.inline("price $5"));
        assertEquals("a $ b", Markdown.inline("a \\$ b"));
    }

    @Test
    void safeLinksOnly() {
        assertEquals("see <a href=\"https://example.org/x\">docs</a>", Markdown.inline("see [docs](https://example.org/x)"));
        assertEquals("[x](javascript:alert(1))", Markdown.inline("[x](javascript:alert(1))"));
    }
}
