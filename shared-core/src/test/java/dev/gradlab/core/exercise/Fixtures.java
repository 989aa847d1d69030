package dev.gradlab.core.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the exercise files under src/test/resources/exercises. */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir(String name) {
        return Paths.get("src/test/resources/exercises", name);
    }

    static String text(String dir, String id) {
        try {
            return new String(Files.readAllBytes(dir(dir).resolve(id + ".md")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Exercise exercise(String id) {
        return Exercise.parse(id + ".md", text("valid", id));
    }

    static List<Exercise> all(Path dir) {
        List<Exercise> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> {
                try {
                    out.add(Exercise.parse(p.getFileName().toString(),
                            new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
