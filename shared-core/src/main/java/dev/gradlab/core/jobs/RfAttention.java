package dev.gradlab.core.jobs;

import dev.gradlab.core.nn.LinearAttention;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;

import java.util.Arrays;
import java.util.List;

/**
 * {@code rf-attention}: the relative error ‖Â − A‖_F/‖A‖_F of the random-feature (Performer)
 * approximation Â of softmax attention A = softmax(QKᵀ/√d)V, against the number of features m,
 * averaged over {@code draws} independent projections Ω (seeds seed·1000 + 1, …). Q, K and V are
 * Gaussian with standard deviation {@code scale} for Q and K (larger → peakier softmax, harder to
 * approximate) and 1 for V. Uses {@link LinearAttention#performerError}.
 */
final class RfAttention implements JobKind {
    @Override
    public String name() {
        return "rf-attention";
    }

    @Override
    public String title() {
        return "Random-feature attention: error against the number of features";
    }

    @Override
    public String description() {
        return "Approximates softmax attention with m positive random features for each m of the list and reports the "
                + "mean relative error over several draws, next to the 1/√m rate.";
    }

    @Override
    public List<ParamSpec> params() {
        return Arrays.asList(
                ParamSpec.integer("n", 64, 2, 512, "the number of queries and keys"),
                ParamSpec.integer("d", 16, 1, 128, "the size of a query, key and value"),
                ParamSpec.integers("m", new int[] {4, 8, 16, 32, 64, 128, 256, 512}, 1, 4096, 16,
                        "numbers of random features"),
                ParamSpec.integer("draws", 10, 1, 200, "independent Ω per m"),
                ParamSpec.number("scale", 0.5, 0.01, 4, "the standard deviation of the entries of Q and K"),
                ParamSpec.integer("seed", 1, 0, 1L << 40, "seeds Q, K, V and every Ω"));
    }

    static Tensor gaussian(SplitMix64 rng, int n, int d, double scale) {
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = scale * rng.nextGaussian();
        }
        return Tensor.of(new int[] {n, d}, x);
    }

    @Override
    public JobResult run(JobParams p, Progress progress) {
        int n = p.integer("n");
        int d = p.integer("d");
        int[] ms = p.integers("m");
        Arrays.sort(ms);
        int draws = p.integer("draws");
        long seed = p.longValue("seed");
        SplitMix64 rng = new SplitMix64(seed);
        Tensor q = gaussian(rng, n, d, p.number("scale"));
        Tensor k = gaussian(rng, n, d, p.number("scale"));
        Tensor v = gaussian(rng, n, d, 1);
        double[] m = new double[ms.length];
        double[] error = new double[ms.length];
        double[] spread = new double[ms.length];
        double[] rate = new double[ms.length];
        for (int a = 0; a < ms.length; a++) {
            double sum = 0;
            double sumSq = 0;
            for (int draw = 0; draw < draws; draw++) {
                progress.checkCancelled();
                double e = LinearAttention.performerError(q, k, v, ms[a], seed * 1000 + draw + 1);
                sum += e;
                sumSq += e * e;
            }
            m[a] = ms[a];
            error[a] = sum / draws;
            spread[a] = Math.sqrt(Math.max(0, sumSq / draws - error[a] * error[a]));
            rate[a] = error[0] * Math.sqrt((double) ms[0] / ms[a]);
            progress.report((a + 1.0) / ms.length, Metrics.empty().put("m", m, a + 1).put("error", error, a + 1)
                    .put("error_sd", spread, a + 1).put("rate", rate, a + 1));
        }
        return JobResult.create()
                .series("m", m).series("error", error).series("error_sd", spread).series("rate", rate)
                .summary("error_at_smallest_m", error[0]).summary("error_at_largest_m", error[ms.length - 1])
                .summary("fitted_exponent", ms.length > 1 ? slope(m, error) : Double.NaN)
                .plot("relative error of random-feature attention", "m", "features m", "‖Â − A‖_F / ‖A‖_F",
                        true, true, "error", "rate")
                .note("\"rate\" is the first error scaled by 1/√m: the Monte Carlo rate. The fitted exponent is the "
                        + "slope of log error against log m (≈ −0.5).");
    }

    /** The least-squares slope of log y against log x. */
    static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += Math.log(x[i]) / x.length;
            my += Math.log(y[i]) / x.length;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (Math.log(x[i]) - mx) * (Math.log(y[i]) - my);
            den += (Math.log(x[i]) - mx) * (Math.log(x[i]) - mx);
        }
        return num / den;
    }
}
