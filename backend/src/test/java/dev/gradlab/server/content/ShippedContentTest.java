package dev.gradlab.server.content;

import dev.gradlab.core.exercise.Validator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course shipped in the jar: every exercise proved, every id one of the catalog's. */
class ShippedContentTest {
    static List<String> catalogIds() throws IOException {
        try (InputStream in = ShippedContentTest.class.getResourceAsStream("/catalog-ids.txt")) {
            List<String> ids = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    ids.add(line.trim());
                }
            }
            return ids;
        }
    }

    @Test
    void everyShippedExerciseIsProvedForVariantsZeroToFive() {
        List<String> unreadable = new ArrayList<>();
        ContentLibrary library = ContentLibrary.load(null, unreadable);
        assertEquals(List.of(), unreadable);
        List<Validator.Row> rows = Validator.validate(library.all(), 5);
        String table = Validator.table(rows);
        assertTrue(rows.stream().allMatch(Validator.Row::ok), table);
    }

    @Test
    void everyShippedExerciseHasACatalogId() throws IOException {
        List<String> catalog = catalogIds();
        assertEquals(50, catalog.size());
        for (String id : ContentLibrary.load(null).ids()) {
            assertTrue(catalog.contains(id), id + " is not an id of CATALOG.md");
        }
    }
}
