package dev.gradlab.core.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A corpus of sentences, each a list of lower-case words. The jobs that learn from text use the
 * small corpus shipped as the resource {@link #RESOURCE} (a few hundred plain English sentences,
 * one per line); shared-core does no I/O, so whoever runs the jobs reads it and calls
 * {@link #parse}. Immutable.
 */
public final class Corpus {
    /** The class-path resource with the shipped corpus. */
    public static final String RESOURCE = "/dev/gradlab/core/jobs/corpus.txt";

    private final List<String[]> sentences;

    private Corpus(List<String[]> sentences) {
        this.sentences = Collections.unmodifiableList(sentences);
    }

    /**
     * One sentence per line; lines that are blank or start with '#' are skipped. Words are runs of
     * letters (a–z after lower-casing, plus apostrophes inside words); everything else separates.
     */
    public static Corpus parse(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            for (char c : (t.toLowerCase(Locale.ROOT) + " ").toCharArray()) {
                if ((c >= 'a' && c <= 'z') || (c == '\'' && w.length() > 0)) {
                    w.append(c);
                } else if (w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            }
            if (!words.isEmpty()) {
                out.add(words.toArray(new String[0]));
            }
        }
        return new Corpus(out);
    }

    /** The sentences (do not change the arrays). */
    public List<String[]> sentences() {
        return sentences;
    }

    /** The number of words. */
    public int tokens() {
        int n = 0;
        for (String[] s : sentences) {
            n += s.length;
        }
        return n;
    }

    /**
     * The words seen at least {@code minCount} times, most frequent first (ties alphabetically),
     * at most {@code maxSize} of them.
     */
    public Vocabulary vocabulary(int minCount, int maxSize) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : b.getValue() - a.getValue());
        List<String> words = new ArrayList<>();
        List<Integer> freq = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries) {
            if (e.getValue() >= minCount && words.size() < maxSize) {
                words.add(e.getKey());
                freq.add(e.getValue());
            }
        }
        return new Vocabulary(words, freq);
    }

    /** Words with ids 0, 1, … (most frequent first) and their counts. Immutable. */
    public static final class Vocabulary {
        private final String[] words;
        private final int[] counts;
        private final Map<String, Integer> ids = new HashMap<>();

        Vocabulary(List<String> words, List<Integer> counts) {
            this.words = words.toArray(new String[0]);
            this.counts = new int[words.size()];
            for (int i = 0; i < this.words.length; i++) {
                this.counts[i] = counts.get(i);
                ids.put(this.words[i], i);
            }
        }

        public int size() {
            return words.length;
        }

        public String word(int id) {
            return words[id];
        }

        /** How often word {@code id} occurs in the corpus. */
        public int count(int id) {
            return counts[id];
        }

        /** The id of {@code word}, or −1 if it is not in the vocabulary. */
        public int id(String word) {
            Integer i = ids.get(word);
            return i == null ? -1 : i;
        }
    }
}
