package dev.gradlab.core.jobs;

import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Layout;
import dev.gradlab.core.tensor.Linalg;
import dev.gradlab.core.tensor.MatMul;
import dev.gradlab.core.tensor.Tensor;

import java.util.Arrays;
import java.util.List;

/**
 * {@code regression-mc}: Monte Carlo of least squares on y = Xβ + σε with X ∈ ℝ^{n×d} Gaussian.
 * The training error (1/n)‖y − Xβ̂‖² has expectation (n − d)σ²/n — the residual is the
 * projection of the noise onto the n − d dimensions the columns of X miss — and the error on a new
 * point, σ² + ‖β̂ − β‖², has expectation σ²(1 + d/(n − d − 1)) for Gaussian rows. Both are
 * averaged over {@code trials} draws for every (n, d) of the grid and set beside the formulas.
 */
final class RegressionMc implements JobKind {
    @Override
    public String name() {
        return "regression-mc";
    }

    @Override
    public String title() {
        return "Least squares: expected training error against (n − d)σ²/n";
    }

    @Override
    public String description() {
        return "Fits least squares to many random data sets of every size n and dimension d of the grid and "
                + "compares the mean training error with (n − d)σ²/n and the mean test error with "
                + "σ²(1 + d/(n − d − 1)).";
    }

    @Override
    public List<ParamSpec> params() {
        return Arrays.asList(
                ParamSpec.integers("n", new int[] {20, 50, 100, 200}, 2, 2000, 12, "sample sizes"),
                ParamSpec.integers("d", new int[] {1, 5, 10}, 1, 200, 8, "numbers of features (each below every n)"),
                ParamSpec.number("sigma", 1, 0.01, 100, "the noise's standard deviation σ"),
                ParamSpec.integer("trials", 500, 1, 20000, "data sets drawn per (n, d)"),
                ParamSpec.integer("seed", 1, 0, 1L << 53, "seeds every draw"));
    }

    @Override
    public void checkTogether(JobParams p) {
        int minN = Arrays.stream(p.integers("n")).min().getAsInt();
        int maxD = Arrays.stream(p.integers("d")).max().getAsInt();
        if (maxD >= minN) {
            throw new JobParamException("d", "every d must be below every n (least squares interpolates when d ≥ n); "
                    + "the largest d is " + maxD + " and the smallest n " + minN);
        }
    }

    /** The training error and σ² + ‖β̂ − β‖² of one fit to a fresh data set. */
    static double[] trial(SplitMix64 rng, int n, int d, double sigma) {
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = rng.nextGaussian();
                s += x[i * d + j]; // β = (1, …, 1)
            }
            y[i] = s + sigma * rng.nextGaussian();
        }
        Tensor xt = Tensor.of(new int[] {n, d}, x);
        Tensor xtT = Layout.transpose(xt);
        Tensor beta = Linalg.solve(MatMul.matmul(xtT, xt), MatMul.matmul(xtT, Tensor.vector(y)));
        Tensor fit = MatMul.matmul(xt, beta);
        double train = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - fit.get(i);
            train += r * r;
        }
        double dist = 0;
        for (int j = 0; j < d; j++) {
            dist += (beta.get(j) - 1) * (beta.get(j) - 1);
        }
        return new double[] {train / n, sigma * sigma + dist};
    }

    @Override
    public JobResult run(JobParams p, Progress progress) {
        int[] ns = p.integers("n");
        Arrays.sort(ns);
        int[] ds = p.integers("d");
        double sigma = p.number("sigma");
        int trials = p.integer("trials");
        SplitMix64 rng = new SplitMix64(p.longValue("seed"));
        double[] nSeries = new double[ns.length];
        for (int a = 0; a < ns.length; a++) {
            nSeries[a] = ns[a];
        }
        double[][][] out = new double[ds.length][5][ns.length];
        double worst = 0;
        int cells = ns.length * ds.length;
        JobResult r = JobResult.create();
        for (int b = 0; b < ds.length; b++) {
            for (int a = 0; a < ns.length; a++) {
                double sum = 0;
                double sumSq = 0;
                double test = 0;
                for (int t = 0; t < trials; t++) {
                    progress.checkCancelled();
                    double[] e = trial(rng, ns[a], ds[b], sigma);
                    sum += e[0];
                    sumSq += e[0] * e[0];
                    test += e[1];
                }
                int n = ns[a];
                int d = ds[b];
                double mean = sum / trials;
                double theory = (n - d) * sigma * sigma / n;
                out[b][0][a] = mean;
                out[b][1][a] = theory;
                out[b][2][a] = trials > 1 ? Math.sqrt(Math.max(0, sumSq / trials - mean * mean) / (trials - 1)) : 0;
                out[b][3][a] = test / trials;
                out[b][4][a] = n > d + 1 ? sigma * sigma * (1 + d / (double) (n - d - 1)) : Double.POSITIVE_INFINITY;
                worst = Math.max(worst, Math.abs(mean - theory) / theory);
                progress.report((b * ns.length + a + 1.0) / cells, metrics(nSeries, ds, out, b, a));
            }
        }
        Metrics all = metrics(nSeries, ds, out, ds.length - 1, ns.length - 1);
        r.series(all).summary("max_relative_deviation", worst);
        String[] train = new String[2 * ds.length];
        String[] test = new String[2 * ds.length];
        for (int b = 0; b < ds.length; b++) {
            train[2 * b] = "train_d=" + ds[b];
            train[2 * b + 1] = "theory_d=" + ds[b];
            test[2 * b] = "test_d=" + ds[b];
            test[2 * b + 1] = "test_theory_d=" + ds[b];
        }
        return r.plot("mean training error vs (n − d)σ²/n", "n", "n", "training error", true, false, train)
                .plot("mean test error vs σ²(1 + d/(n − d − 1))", "n", "n", "test error", true, true, test)
                .note("The training error underestimates σ² by the factor (n − d)/n: each fitted parameter absorbs "
                        + "one dimension of the noise. The test error exceeds σ² by about the same amount.");
    }

    /** The series of the finished cells: complete rows for d before row b, row b up to column a. */
    private static Metrics metrics(double[] n, int[] ds, double[][][] out, int b, int a) {
        Metrics m = Metrics.empty().put("n", n);
        String[] names = {"train_d=", "theory_d=", "stderr_d=", "test_d=", "test_theory_d="};
        for (int row = 0; row <= b; row++) {
            for (int k = 0; k < names.length; k++) {
                m.put(names[k] + ds[row], out[row][k], row < b ? n.length : a + 1);
            }
        }
        return m;
    }
}
