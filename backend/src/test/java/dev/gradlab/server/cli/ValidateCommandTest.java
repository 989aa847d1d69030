package dev.gradlab.server.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli.Validate cmd = (Cli.Validate) Cli.parse(args);
        return Main.validate(cmd, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anInstructorsProvedExerciseValidatesWithExitZero() {
        assertEquals(0, run("validate", "--content", "src/test/resources/instructor", "--variants", "3"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.matches("(?s).*demo-derivative\\s+2\\s+4\\s+8\\s+4\\s+ok.*"), table);
    }

    @Test
    void aWrongReferenceFailsWithExitOneAndNamesThePart(@TempDir Path dir) throws IOException {
        Path ex = Files.createDirectories(dir.resolve("exercises"));
        String text = Files.readString(Paths.get("src/test/resources/instructor/exercises/demo-derivative.md"))
                .replace("reference: \"12*{{a}}\"", "reference: \"13*{{a}}\"");
        Files.writeString(ex.resolve("demo-derivative.md"), text);
        assertEquals(1, run("validate", "--content", dir.toString(), "--variants", "0"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("variant 0, part value: the autodiff gradient"
                .replace("the autodiff gradient", "the gradient at [x]")), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatCannotBeParsedIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path ex = Files.createDirectories(dir.resolve("exercises"));
        Files.writeString(ex.resolve("broken.md"), "---\nid: broken\ntitle: [unclosed\n---\nS\n");
        assertEquals(1, run("validate", "--content", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exercises/broken.md"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void variantsMustBeANumber() {
        assertThrowsUsage("validate", "--variants", "many");
    }

    private static void assertThrowsUsage(String... args) {
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> Cli.parse(args));
        assertTrue(e.getMessage().contains("--variants"), e.getMessage());
    }
}
