package dev.gradlab.core.jobs;

import dev.gradlab.core.autodiff.Backprop;
import dev.gradlab.core.autodiff.F;
import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.optim.Adam;
import dev.gradlab.core.optim.OptimizerState;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

import java.util.Arrays;
import java.util.List;

/**
 * {@code glove-train}: GloVe (Pennington et al. 2014) on the co-occurrence matrix of the shipped
 * corpus, in two forms trained side by side from the same start:
 * <ul>
 *   <li>asymmetric (the paper's): log X_ij ≈ w_iᵀw̃_j + b_i + b̃_j, separate word and context vectors;</li>
 *   <li>symmetric (tied): log X_ij ≈ w_iᵀw_j + b_i + b_j, one vector per word (half the parameters).</li>
 * </ul>
 * The loss is GloVe's weighted least squares Σ f(X_ij)(prediction − log X_ij)² with
 * f(x) = min(1, (x/x_max)^α), over the non-zero entries, normalised by Σ f. A random
 * {@code validation} share of the word pairs {i, j} (both X_ij and X_ji) is held out. Full-batch
 * Adam, gradients by backprop through the autodiff graph; train and validation losses per epoch.
 */
final class GloveTrain implements JobKind {
    private final Corpus corpus;

    GloveTrain(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public String name() {
        return "glove-train";
    }

    @Override
    public String title() {
        return "GloVe word vectors: asymmetric vs symmetric";
    }

    @Override
    public String description() {
        return "Builds the word co-occurrence matrix of the course corpus and fits GloVe twice, with separate "
                + "word and context vectors and with tied ones, reporting training and validation loss per epoch "
                + "and each word's nearest neighbours.";
    }

    @Override
    public List<ParamSpec> params() {
        return Arrays.asList(
                ParamSpec.integer("dim", 16, 2, 64, "the size of a word vector"),
                ParamSpec.integer("window", 4, 1, 10, "words up to this far apart co-occur (weight 1/distance)"),
                ParamSpec.integer("minCount", 3, 1, 50, "words seen fewer times are left out"),
                ParamSpec.integer("maxVocab", 300, 10, 1000, "at most this many (most frequent) words"),
                ParamSpec.integer("epochs", 200, 1, 3000, "full passes (one Adam step each)"),
                ParamSpec.number("lr", 0.05, 1e-4, 1, "Adam's learning rate"),
                ParamSpec.number("xMax", 10, 1, 1000, "counts above x_max get weight 1"),
                ParamSpec.number("alpha", 0.75, 0, 1, "the exponent of the weighting f(x) = (x/x_max)^α"),
                ParamSpec.number("validation", 0.1, 0.01, 0.5, "the share of word pairs held out"),
                ParamSpec.integer("seed", 1, 0, 1L << 53, "seeds the split and the initial vectors"));
    }

    /** The co-occurrence counts of {@code vocab}'s words within {@code window}, weighted 1/distance (symmetric). */
    static double[][] cooccurrence(Corpus corpus, Corpus.Vocabulary vocab, int window) {
        int v = vocab.size();
        double[][] x = new double[v][v];
        for (String[] s : corpus.sentences()) {
            for (int i = 0; i < s.length; i++) {
                int a = vocab.id(s[i]);
                for (int j = i + 1; j <= i + window && j < s.length && a >= 0; j++) {
                    int b = vocab.id(s[j]);
                    if (b >= 0) {
                        x[a][b] += 1.0 / (j - i);
                        x[b][a] += 1.0 / (j - i);
                    }
                }
            }
        }
        return x;
    }

    @Override
    public JobResult run(JobParams p, Progress progress) {
        Corpus.Vocabulary vocab = corpus.vocabulary(p.integer("minCount"), p.integer("maxVocab"));
        int v = vocab.size();
        if (v < 2) {
            throw new JobParamException("minCount", "only " + v + " words occur " + p.integer("minCount")
                    + " times or more; lower minCount");
        }
        int dim = p.integer("dim");
        int epochs = p.integer("epochs");
        SplitMix64 rng = new SplitMix64(p.longValue("seed"));
        double[][] x = cooccurrence(corpus, vocab, p.integer("window"));
        double[] logX = new double[v * v];
        double[] train = new double[v * v];
        double[] valid = new double[v * v];
        double trainSum = 0;
        double validSum = 0;
        for (int i = 0; i < v; i++) {
            for (int j = i; j < v; j++) {
                if (x[i][j] > 0) {
                    double f = Math.min(1, Math.pow(x[i][j] / p.number("xMax"), p.number("alpha")));
                    boolean held = rng.nextDouble() < p.number("validation");
                    double[] target = held ? valid : train;
                    int pairs = i == j ? 1 : 2;
                    target[i * v + j] = f;
                    target[j * v + i] = f;
                    logX[i * v + j] = Math.log(x[i][j]);
                    logX[j * v + i] = logX[i * v + j];
                    if (held) {
                        validSum += pairs * f;
                    } else {
                        trainSum += pairs * f;
                    }
                }
            }
        }
        for (int k = 0; k < v * v; k++) {
            train[k] /= trainSum;
            valid[k] = validSum > 0 ? valid[k] / validSum : 0;
        }
        Node weights = F.constant(Tensor.of(new int[] {v, v}, train));
        Node target = F.constant(Tensor.of(new int[] {v, v}, logX));
        Adam adam = Adam.of(p.number("lr"));
        Tensor w0 = init(rng, v, dim);
        Tensor c0 = init(rng, v, dim);
        OptimizerState[] asym = {adam.init(w0), adam.init(c0), adam.init(Tensor.zeros(new int[] {v, 1})),
            adam.init(Tensor.zeros(new int[] {1, v}))};
        OptimizerState[] sym = {adam.init(w0), adam.init(Tensor.zeros(new int[] {v, 1}))};
        double[] epoch = new double[epochs];
        double[][] loss = new double[4][epochs];
        Metrics metrics = Metrics.empty();
        for (int e = 0; e < epochs; e++) {
            progress.checkCancelled();
            Tensor predA = step(adam, asym, weights, target, false);
            Tensor predS = step(adam, sym, weights, target, true);
            epoch[e] = e + 1;
            loss[0][e] = weightedError(predA, logX, train);
            loss[1][e] = weightedError(predA, logX, valid);
            loss[2][e] = weightedError(predS, logX, train);
            loss[3][e] = weightedError(predS, logX, valid);
            metrics = series(epoch, loss, e + 1);
            progress.report((e + 1.0) / epochs, metrics);
        }
        JobResult r = JobResult.create().series(metrics)
                .summary("vocabulary", v).summary("pairs", countPairs(x))
                .summary("asymmetric_train_loss", loss[0][epochs - 1])
                .summary("asymmetric_validation_loss", loss[1][epochs - 1])
                .summary("symmetric_train_loss", loss[2][epochs - 1])
                .summary("symmetric_validation_loss", loss[3][epochs - 1])
                .plot("GloVe loss (weighted squared error of log X)", "epoch", "epoch", "loss", false, true,
                        "asymmetric_train", "asymmetric_validation", "symmetric_train", "symmetric_validation");
        Tensor vectors = sym[0].params();
        Tensor sumVectors = dev.gradlab.core.tensor.Kernels.zip(asym[0].params(), asym[1].params(), Double::sum);
        for (String probe : new String[] {"cat", "paris", "monday", "red", "teacher", "bread"}) {
            int id = vocab.id(probe);
            if (id >= 0) {
                r.note("nearest to \"" + probe + "\": asymmetric (w + w̃) " + nearest(sumVectors, vocab, id, 4)
                        + "; symmetric " + nearest(vectors, vocab, id, 4));
            }
        }
        return r.note("The asymmetric model has twice the vectors; compare how far its validation loss stays above its "
                + "training loss with the tied model's.");
    }

    private static Tensor init(SplitMix64 rng, int v, int dim) {
        double[] w = new double[v * dim];
        for (int i = 0; i < w.length; i++) {
            w[i] = (rng.nextDouble() - 0.5) / dim;
        }
        return Tensor.of(new int[] {v, dim}, w);
    }

    /** One Adam step on the training loss; returns the prediction before the step. */
    private static Tensor step(Adam adam, OptimizerState[] s, Node weights, Node target, boolean tied) {
        Node[] in = new Node[s.length];
        for (int i = 0; i < s.length; i++) {
            in[i] = Node.input("θ" + i, s[i].params());
        }
        Node pred = tied
                ? F.add(F.add(F.matmul(in[0], F.mT(in[0])), in[1]), F.mT(in[1]))
                : F.add(F.add(F.matmul(in[0], F.mT(in[1])), in[2]), in[3]);
        Node err = F.sub(pred, target);
        Node loss = F.sum(F.mul(weights, F.mul(err, err)));
        Backprop.backward(loss, null);
        for (int i = 0; i < s.length; i++) {
            s[i] = adam.step(s[i], in[i].grad()).state();
        }
        return pred.value();
    }

    private static double weightedError(Tensor pred, double[] logX, double[] w) {
        double s = 0;
        for (int k = 0; k < logX.length; k++) {
            if (w[k] != 0) {
                double e = pred.get(k) - logX[k];
                s += w[k] * e * e;
            }
        }
        return s;
    }

    private static Metrics series(double[] epoch, double[][] loss, int n) {
        return Metrics.empty().put("epoch", epoch, n)
                .put("asymmetric_train", loss[0], n).put("asymmetric_validation", loss[1], n)
                .put("symmetric_train", loss[2], n).put("symmetric_validation", loss[3], n);
    }

    private static int countPairs(double[][] x) {
        int n = 0;
        for (double[] row : x) {
            for (double c : row) {
                n += c > 0 ? 1 : 0;
            }
        }
        return n;
    }

    /** The {@code k} words whose vectors have the largest cosine with word {@code id}'s. */
    static String nearest(Tensor vectors, Corpus.Vocabulary vocab, int id, int k) {
        int v = vectors.dim(0);
        int d = vectors.dim(1);
        double[] cos = new double[v];
        for (int i = 0; i < v; i++) {
            double dot = 0;
            double ni = 0;
            double nj = 0;
            for (int c = 0; c < d; c++) {
                double a = vectors.get(i * d + c);
                double b = vectors.get(id * d + c);
                dot += a * b;
                ni += a * a;
                nj += b * b;
            }
            cos[i] = i == id ? Double.NEGATIVE_INFINITY : dot / Math.sqrt(ni * nj + 1e-300);
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < Math.min(k, v - 1); r++) {
            int best = 0;
            for (int i = 1; i < v; i++) {
                if (cos[i] > cos[best]) {
                    best = i;
                }
            }
            sb.append(r == 0 ? "" : ", ").append(vocab.word(best));
            cos[best] = Double.NEGATIVE_INFINITY;
        }
        return sb.toString();
    }
}
