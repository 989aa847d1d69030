package dev.gradlab.core.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {
    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");
        assertEquals(List.of("a", "b"), rows.get(0).fields());
        assertEquals(List.of("x, y", "say \"hi\""), rows.get(1).fields());
        assertEquals(List.of("two\nlines", "z"), rows.get(2).fields());
    }

    @Test
    void eachRowKnowsTheLineItStartsOnSkippingBlankLines() {
        List<Csv.Row> rows = Csv.parse("h\n\nfirst\n\"multi\nline\"\nlast");
        assertEquals(List.of(1, 3, 4, 6), rows.stream().map(Csv.Row::line).toList());
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Csv.parse("h\n\"open")).getMessage()
                .contains("line 2"));
    }

    @Test
    void writtenFieldsAreQuotedWhenNeededAndFormulasDefused() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("'=SUM(A1)", Csv.field("=SUM(A1)"));
        assertEquals("-0.5", Csv.field("-0.5"));
    }
}
