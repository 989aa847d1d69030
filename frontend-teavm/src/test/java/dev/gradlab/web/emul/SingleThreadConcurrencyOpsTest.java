package dev.gradlab.web.emul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.teavm.extension.spi.substitution.ClassSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;
import pabeles.concurrency.GrowArray;

class SingleThreadConcurrencyOpsTest {
    @Test
    void loopsRunInOrderOnOneWorkspace() {
        List<Integer> seen = new ArrayList<>();
        SingleThreadConcurrencyOps.loopFor(2, 6, seen::add);
        SingleThreadConcurrencyOps.loopFor(0, 7, 3, seen::add);
        assertEquals(List.of(2, 3, 4, 5, 0, 3, 6), seen);
        GrowArray<int[]> work = new GrowArray<>(() -> new int[1], acc -> acc[0] = 0);
        SingleThreadConcurrencyOps.loopFor(0, 5, 1, work, (acc, i) -> acc[0] += i);
        assertEquals(1, work.size());
        assertEquals(10, work.get(0)[0]);
        List<String> blocks = new ArrayList<>();
        SingleThreadConcurrencyOps.loopBlocks(3, 9, 2, (a, b) -> blocks.add(a + ".." + b));
        SingleThreadConcurrencyOps.loopBlocks(4, 4, (a, b) -> blocks.add("empty"));
        SingleThreadConcurrencyOps.loopBlocks(0, 4, work, (acc, a, b) -> blocks.add(a + "-" + b + ":" + acc[0]));
        assertEquals(List.of("3..9", "0-4:0"), blocks);
        assertThrows(IllegalArgumentException.class, () -> SingleThreadConcurrencyOps.loopFor(0, 3, 0, i -> { }));
        assertEquals(1, SingleThreadConcurrencyOps.getMaxThreads());
    }

    @Test
    void reductionsKeepTheRequestedType() {
        assertEquals(10, SingleThreadConcurrencyOps.sum(0, 5, int.class, i -> i));
        assertEquals(2.5, SingleThreadConcurrencyOps.sum(0, 2, double.class, i -> 1.25));
        assertEquals(7L, SingleThreadConcurrencyOps.max(0, 8, long.class, i -> (long) i));
        assertEquals(-3.0f, SingleThreadConcurrencyOps.min(0, 4, float.class, i -> (float) (i - 3)));
    }

    @Test
    void thePolicyIsRegisteredAndMapsConcurrencyOpsOnly() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/services/org.teavm.extension.spi.substitution.SubstitutionPolicy")) {
            assertEquals("dev.gradlab.web.emul.GradlabSubstitutionPolicy",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        List<String> calls = new ArrayList<>();
        List<Predicate<String>> selected = new ArrayList<>();
        new GradlabSubstitutionPolicy().contribute(new SubstitutionSink() {
            @Override
            public ClassSubstitutionPolicy selectClasses(Predicate<String> predicate) {
                selected.add(predicate);
                return recorder(calls);
            }
        });
        assertEquals(1, selected.size());
        assertEquals(true, selected.get(0).test("pabeles.concurrency.ConcurrencyOps"));
        assertEquals(false, selected.get(0).test("pabeles.concurrency.GrowArray"));
        assertEquals(List.of("replacePackage pabeles.concurrency -> dev.gradlab.web.emul", "simpleNamePrefix SingleThread"),
                calls);
    }

    private static ClassSubstitutionPolicy recorder(List<String> calls) {
        return new ClassSubstitutionPolicy() {
            @Override
            public ClassSubstitutionPolicy simpleNamePrefix(String s) {
                calls.add("simpleNamePrefix " + s);
                return this;
            }

            @Override
            public ClassSubstitutionPolicy simpleNameSuffix(String s) {
                calls.add("simpleNameSuffix " + s);
                return this;
            }

            @Override
            public ClassSubstitutionPolicy packagePrefix(String s) {
                calls.add("packagePrefix " + s);
                return this;
            }

            @Override
            public ClassSubstitutionPolicy packageSuffix(String s) {
                calls.add("packageSuffix " + s);
                return this;
            }

            @Override
            public ClassSubstitutionPolicy replacePackage(String from, String to) {
                calls.add("replacePackage " + from + " -> " + to);
                return this;
            }

            @Override
            public ClassSubstitutionPolicy dontFallbackWhenNoSubstitution() {
                calls.add("dontFallback");
                return this;
            }
        };
    }
}
