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

    @Test
    void everyCatalogIdIsShipped() throws IOException {
        List<String> shipped = ContentLibrary.load(null).ids();
        List<String> missing = new ArrayList<>(catalogIds());
        missing.removeAll(shipped);
        assertEquals(List.of(), missing);
    }

    @Test
    void theCourseStartsWithHomeworkOnesDerivativesAndKeepsEachTopicTogether() {
        List<dev.gradlab.core.exercise.Exercise> all = ContentLibrary.load(null).all();
        assertEquals("hw1-chain-sin", all.get(0).id);
        assertEquals("Derivatives", all.get(0).topic);
        List<String> seen = new ArrayList<>();
        for (dev.gradlab.core.exercise.Exercise e : all) {
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(e.topic)) {
                assertTrue(!seen.contains(e.topic), e.topic + " appears in two places of the list");
                seen.add(e.topic);
            }
        }
    }
}
