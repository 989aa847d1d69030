package dev.gradlab.server.content;

import dev.gradlab.core.exercise.Exercise;
import dev.gradlab.core.exercise.ExerciseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The exercises a server offers: those shipped in the jar ({@code content/exercises/*.md} on the
 * class path), overridden and extended by an instructor's {@code DIR/exercises/*.md}. Loading
 * fails on the first file that cannot be parsed, naming it. Immutable once loaded.
 */
public final class ContentLibrary {
    /** Built variants kept for reuse; emptied when it reaches {@link #MAX_CACHED}. */
    private final java.util.concurrent.ConcurrentHashMap<String, dev.gradlab.core.exercise.Variant> variants =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int MAX_CACHED = 20_000;
    private final Map<String, Exercise> byId;
    private final List<Exercise> ordered;

    private ContentLibrary(Map<String, Exercise> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        List<Exercise> list = new ArrayList<>(byId.values());
        // Course order: a topic comes where its first exercise comes in the seeds (000 Q1a before
        // 001 …), then the exercises of a topic by source, order and id.
        Map<String, String> firstSource = new java.util.HashMap<>();
        for (Exercise e : list) {
            firstSource.merge(e.topic, e.source, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        list.sort(Comparator.comparing((Exercise e) -> firstSource.get(e.topic)).thenComparing(e -> e.topic)
                .thenComparing(e -> e.source).thenComparingInt(e -> e.order).thenComparing(e -> e.id));
        this.ordered = Collections.unmodifiableList(list);
    }

    /**
     * The shipped exercises plus those of {@code contentDir} (null for none).
     *
     * @throws ExerciseException naming the file that cannot be used
     */
    public static ContentLibrary load(Path contentDir) {
        List<String> problems = new ArrayList<>();
        ContentLibrary library = load(contentDir, problems);
        if (!problems.isEmpty()) {
            throw new ExerciseException(problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more files that cannot be read)" : ""));
        }
        return library;
    }

    /**
     * As {@link #load(Path)}, but a file that cannot be parsed is skipped and its problem added to
     * {@code problems} (the validator reports them all at once).
     */
    public static ContentLibrary load(Path contentDir, List<String> problems) {
        Map<String, Exercise> byId = new LinkedHashMap<>();
        for (Exercise e : shipped(problems)) {
            byId.put(e.id, e);
        }
        if (contentDir != null) {
            Path dir = contentDir.resolve("exercises");
            if (!Files.isDirectory(dir)) {
                throw new ExerciseException(contentDir + ": no exercises/ directory inside it");
            }
            for (Exercise e : readDirectory(dir, problems)) {
                byId.put(e.id, e);
            }
        }
        return new ContentLibrary(byId);
    }

    /** The exercises in course order: topics where they first appear in the seeds, then by source, order, id. */
    public List<Exercise> all() {
        return ordered;
    }

    /** The exercise with this id, or null. */
    public Exercise get(String id) {
        return byId.get(id);
    }

    /**
     * Variant {@code n} of {@code e}, built once and then reused (variants are immutable).
     *
     * @throws ExerciseException when the variant cannot be built
     */
    public dev.gradlab.core.exercise.Variant variant(Exercise e, int n) {
        String key = e.id + "#" + n;
        dev.gradlab.core.exercise.Variant v = variants.get(key);
        if (v == null) {
            if (variants.size() >= MAX_CACHED) {
                variants.clear();
            }
            v = e.variant(n);
            variants.put(key, v);
        }
        return v;
    }

    /** Every id, in list order. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        for (Exercise e : ordered) {
            out.add(e.id);
        }
        return out;
    }

    private static List<Exercise> shipped(List<String> problems) {
        URL url = ContentLibrary.class.getClassLoader().getResource("content/exercises");
        if (url == null) {
            return Collections.emptyList();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Collections.emptyMap());
                }
                return readDirectory(fs.getPath("content/exercises"), problems);
            }
            return readDirectory(Paths.get(uri), problems);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the shipped exercises at " + url, e);
        }
    }

    private static List<Exercise> readDirectory(Path dir, List<String> problems) {
        List<Exercise> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.comparing(Path::toString))::iterator) {
                if (p.getFileName().toString().endsWith(".md")) {
                    try (InputStream in = Files.newInputStream(p)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        try {
                            out.add(Exercise.parse("exercises/" + p.getFileName(), text));
                        } catch (ExerciseException e) {
                            problems.add(e.getMessage());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exercises in " + dir, e);
        }
        return out;
    }
}
