package dev.gradlab.core.jobs;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.optim.Adam;
import dev.gradlab.core.optim.OptimizerState;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code mlm-train}: a small masked language model on the shipped corpus. Every word of a sentence
 * is hidden in turn and predicted from the {@code window} words on each side (padding past the
 * ends): the context words' embeddings (rows of E, picked by one-hot products) are concatenated,
 * passed through tanh(xW₁ + b₁) and a softmax layer over the vocabulary, trained with
 * cross-entropy by minibatch Adam through the autodiff graph. Sentences are split into training
 * and validation; the losses are set beside the unigram model's (no context) and the uniform one's.
 */
final class MlmTrain implements JobKind {
    private static final int PAD = 0;
    private static final int UNK = 1;
    private final Corpus corpus;

    MlmTrain(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public String name() {
        return "mlm-train";
    }

    @Override
    public String title() {
        return "A small masked language model";
    }

    @Override
    public String description() {
        return "Trains embeddings and a one-hidden-layer network to predict a hidden word from the words around it, "
                + "reporting training and validation cross-entropy per epoch against the unigram baseline.";
    }

    @Override
    public List<ParamSpec> params() {
        return Arrays.asList(
                ParamSpec.integer("window", 2, 1, 4, "context words on each side of the hidden word"),
                ParamSpec.integer("embed", 16, 2, 64, "the size of a word embedding"),
                ParamSpec.integer("hidden", 32, 4, 256, "the size of the hidden layer"),
                ParamSpec.integer("minCount", 2, 1, 50, "rarer words become <unk>"),
                ParamSpec.integer("maxVocab", 300, 10, 1000, "at most this many words (plus <pad> and <unk>)"),
                ParamSpec.integer("epochs", 10, 1, 200, "passes over the training examples"),
                ParamSpec.integer("batch", 32, 1, 512, "examples per Adam step"),
                ParamSpec.number("lr", 0.003, 1e-4, 1, "Adam's learning rate"),
                ParamSpec.number("validation", 0.1, 0.01, 0.5, "the share of sentences held out"),
                ParamSpec.integer("seed", 1, 0, 1L << 53, "seeds the split, the initial weights and the batches"));
    }

    /** One example: context ids (2·window) and the hidden word's id. */
    private static final class Example {
        final int[] context;
        final int target;

        Example(int[] context, int target) {
            this.context = context;
            this.target = target;
        }
    }

    @Override
    public JobResult run(JobParams p, Progress progress) {
        Corpus.Vocabulary vocab = corpus.vocabulary(p.integer("minCount"), p.integer("maxVocab"));
        int v = vocab.size() + 2;
        int c = p.integer("window");
        int e = p.integer("embed");
        int hid = p.integer("hidden");
        SplitMix64 rng = new SplitMix64(p.longValue("seed"));
        List<Example> train = new ArrayList<>();
        List<Example> valid = new ArrayList<>();
        List<int[]> validSentences = new ArrayList<>();
        for (String[] s : corpus.sentences()) {
            int[] ids = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                int id = vocab.id(s[i]);
                ids[i] = id < 0 ? UNK : id + 2;
            }
            boolean held = rng.nextDouble() < p.number("validation");
            if (held) {
                validSentences.add(ids);
            }
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == UNK) {
                    continue;
                }
                int[] ctx = new int[2 * c];
                for (int k = 1; k <= c; k++) {
                    ctx[c - k] = i - k >= 0 ? ids[i - k] : PAD;
                    ctx[c + k - 1] = i + k < ids.length ? ids[i + k] : PAD;
                }
                (held ? valid : train).add(new Example(ctx, ids[i]));
            }
        }
        if (train.isEmpty() || valid.isEmpty()) {
            throw new JobParamException("validation", "the split left no training or no validation words; change validation");
        }
        Adam adam = Adam.of(p.number("lr"));
        OptimizerState[] s = {
            adam.init(gaussian(rng, new int[] {v, e}, 0.1)),
            adam.init(gaussian(rng, new int[] {2 * c * e, hid}, 1 / Math.sqrt(2 * c * e))),
            adam.init(Tensor.zeros(new int[] {hid})),
            adam.init(gaussian(rng, new int[] {hid, v}, 1 / Math.sqrt(hid))),
            adam.init(Tensor.zeros(new int[] {v}))};
        double[] unigram = new double[v];
        Arrays.fill(unigram, 1);
        for (Example ex : train) {
            unigram[ex.target]++;
        }
        double unigramLoss = 0;
        for (Example ex : valid) {
            unigramLoss -= Math.log(unigram[ex.target] / (train.size() + v)) / valid.size();
        }
        int epochs = p.integer("epochs");
        int batch = p.integer("batch");
        double[][] series = new double[4][epochs];
        Metrics m = Metrics.empty();
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(train, rng);
            double sum = 0;
            for (int from = 0; from < train.size(); from += batch) {
                progress.checkCancelled();
                List<Example> b = train.subList(from, Math.min(train.size(), from + batch));
                Node[] in = new Node[s.length];
                for (int i = 0; i < s.length; i++) {
                    in[i] = Node.input("θ" + i, s[i].params());
                }
                Node loss = F.crossEntropy(logits(in, b, c, v), oneHot(b, v));
                Backprop.backward(loss, null);
                for (int i = 0; i < s.length; i++) {
                    s[i] = adam.step(s[i], in[i].grad()).state();
                }
                sum += loss.value().item() * b.size();
            }
            double[] val = evaluate(s, valid, c, v);
            series[0][epoch] = epoch + 1;
            series[1][epoch] = sum / train.size();
            series[2][epoch] = val[0];
            series[3][epoch] = val[1];
            m = Metrics.empty().put("epoch", series[0], epoch + 1).put("train_loss", series[1], epoch + 1)
                    .put("validation_loss", series[2], epoch + 1).put("validation_accuracy", series[3], epoch + 1);
            progress.report((epoch + 1.0) / epochs, m);
        }
        double[] flat = new double[epochs];
        Arrays.fill(flat, unigramLoss);
        JobResult r = JobResult.create().series(m).series("unigram_loss", flat)
                .summary("vocabulary", v).summary("train_examples", train.size())
                .summary("validation_examples", valid.size())
                .summary("final_train_loss", series[1][epochs - 1])
                .summary("final_validation_loss", series[2][epochs - 1])
                .summary("validation_accuracy", series[3][epochs - 1])
                .summary("unigram_validation_loss", unigramLoss).summary("uniform_loss", Math.log(v))
                .plot("masked-word cross-entropy", "epoch", "epoch", "nats per word", false, false,
                        "train_loss", "validation_loss", "unigram_loss")
                .plot("validation accuracy", "epoch", "epoch", "share of hidden words guessed", false, false,
                        "validation_accuracy");
        for (int k = 0; k < Math.min(4, validSentences.size()); k++) {
            r.note(example(s, validSentences.get(k), c, v, vocab));
        }
        return r.note("Below the unigram line the model uses the context; the gap between training and validation "
                + "loss is what it memorised.");
    }

    private static Tensor gaussian(SplitMix64 rng, int[] shape, double sd) {
        double[] x = new double[shape[0] * shape[1]];
        for (int i = 0; i < x.length; i++) {
            x[i] = sd * rng.nextGaussian();
        }
        return Tensor.of(shape, x);
    }

    private static void shuffle(List<Example> xs, SplitMix64 rng) {
        for (int i = xs.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Example t = xs.get(i);
            xs.set(i, xs.get(j));
            xs.set(j, t);
        }
    }

    private static Node oneHot(List<Example> b, int v) {
        double[] t = new double[b.size() * v];
        for (int i = 0; i < b.size(); i++) {
            t[i * v + b.get(i).target] = 1;
        }
        return F.constant(Tensor.of(new int[] {b.size(), v}, t));
    }

    /** The (batch × v) logits: embeddings of the context slots, concatenated, tanh layer, output layer. */
    private static Node logits(Node[] w, List<Example> b, int c, int v) {
        Node[] slots = new Node[2 * c];
        for (int k = 0; k < 2 * c; k++) {
            double[] hot = new double[b.size() * v];
            for (int i = 0; i < b.size(); i++) {
                hot[i * v + b.get(i).context[k]] = 1;
            }
            slots[k] = F.matmul(F.constant(Tensor.of(new int[] {b.size(), v}, hot)), w[0]);
        }
        Node h = F.call("tanh", F.add(F.matmul(F.concat(1, slots), w[1]), w[2]));
        return F.add(F.matmul(h, w[3]), w[4]);
    }

    private static Node[] constants(OptimizerState[] s) {
        Node[] w = new Node[s.length];
        for (int i = 0; i < s.length; i++) {
            w[i] = F.constant(s[i].params());
        }
        return w;
    }

    /** Mean cross-entropy and accuracy on {@code xs}. */
    private static double[] evaluate(OptimizerState[] s, List<Example> xs, int c, int v) {
        Node[] w = constants(s);
        double loss = 0;
        int right = 0;
        for (int from = 0; from < xs.size(); from += 256) {
            List<Example> b = xs.subList(from, Math.min(xs.size(), from + 256));
            Tensor logp = F.logSoftmax(logits(w, b, c, v), -1).value();
            for (int i = 0; i < b.size(); i++) {
                loss -= logp.get(i * v + b.get(i).target);
                int best = 0;
                for (int j = 1; j < v; j++) {
                    best = logp.get(i * v + j) > logp.get(i * v + best) ? j : best;
                }
                right += best == b.get(i).target ? 1 : 0;
            }
        }
        return new double[] {loss / xs.size(), (double) right / xs.size()};
    }

    /** "the cat sat on the [?]: mat 0.41, rug 0.20, …" for the middle word of a sentence. */
    private static String example(OptimizerState[] s, int[] ids, int c, int v, Corpus.Vocabulary vocab) {
        int i = ids.length / 2;
        for (int k = 0; k < ids.length && ids[i] == UNK; k++) {
            i = k;
        }
        int[] ctx = new int[2 * c];
        for (int k = 1; k <= c; k++) {
            ctx[c - k] = i - k >= 0 ? ids[i - k] : PAD;
            ctx[c + k - 1] = i + k < ids.length ? ids[i + k] : PAD;
        }
        Tensor prob = F.softmax(logits(constants(s), List.of(new Example(ctx, ids[i])), c, v), -1).value();
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < ids.length; k++) {
            sb.append(k == 0 ? "" : " ").append(k == i ? "[?]" : word(ids[k], vocab));
        }
        sb.append(" (").append(word(ids[i], vocab)).append("):");
        double[] pr = prob.toArray();
        for (int r = 0; r < 3; r++) {
            int best = 0;
            for (int j = 1; j < v; j++) {
                best = pr[j] > pr[best] ? j : best;
            }
            sb.append(r == 0 ? " " : ", ").append(word(best, vocab)).append(' ')
                    .append(dev.gradlab.core.text.Num.format(pr[best], 2));
            pr[best] = -1;
        }
        return sb.toString();
    }

    private static String word(int id, Corpus.Vocabulary vocab) {
        return id == PAD ? "<pad>" : id == UNK ? "<unk>" : vocab.word(id - 2);
    }
}
