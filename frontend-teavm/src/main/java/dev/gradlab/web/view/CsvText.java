package dev.gradlab.web.view;

import dev.gradlab.core.text.Csv;

import java.util.ArrayList;
import java.util.List;

/** The records of a CSV text (the gradebook) as lists of fields, read by shared-core's {@link Csv}. */
public final class CsvText {
    private CsvText() {
    }

    /** The rows of {@code text}, each a list of fields; unbalanced quotes are an IllegalArgumentException. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (Csv.Row r : Csv.parse(text)) {
            rows.add(r.fields());
        }
        return rows;
    }
}
