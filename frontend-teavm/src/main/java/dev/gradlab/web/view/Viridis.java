package dev.gradlab.web.view;

/**
 * The viridis colour map (perceptually uniform, readable with the common colour-vision
 * deficiencies and in grey scale), as 256 levels from dark purple (low) to yellow (high). The
 * colours come from a degree-6 polynomial fit of matplotlib's table (within about 2 % per channel).
 */
public final class Viridis {
    /** Number of levels. */
    public static final int LEVELS = 256;

    private static final double[][] C = {
        {0.2777273272234177, 0.005407344544966578, 0.3340998053353061},
        {0.1050930431085774, 1.404613529898575, 1.384590162594685},
        {-0.3308618287255563, 0.214847559468213, 0.09509516302823659},
        {-4.634230498983486, -5.799100973351585, -19.33244095627987},
        {6.228269936347081, 14.17993336680509, 56.69055260068105},
        {4.776384997670288, -13.74514537774601, -65.35303263337234},
        {-5.435455855934631, 4.645852612178535, 26.3124352495832},
    };

    private static final int[] RGB = new int[LEVELS];
    private static final String[] HEX = new String[LEVELS];

    static {
        for (int i = 0; i < LEVELS; i++) {
            double t = i / (double) (LEVELS - 1);
            int rgb = 0;
            for (int ch = 0; ch < 3; ch++) {
                double v = 0;
                for (int p = C.length - 1; p >= 0; p--) {
                    v = v * t + C[p][ch];
                }
                int b = (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
                rgb = rgb << 8 | b;
            }
            RGB[i] = rgb;
            HEX[i] = hex6(rgb);
        }
    }

    private Viridis() {
    }

    /** 0xRRGGBB of level {@code i} (clamped to 0..255). */
    public static int rgb(int level) {
        return RGB[Math.max(0, Math.min(LEVELS - 1, level))];
    }

    /** "#rrggbb" of level {@code i} (clamped to 0..255). */
    public static String hex(int level) {
        return HEX[Math.max(0, Math.min(LEVELS - 1, level))];
    }

    /** The level of {@code v} on the scale lo..hi (lo → 0, hi → 255; outside clamped). */
    public static int level(double v, double lo, double hi) {
        if (!(hi > lo)) {
            return LEVELS / 2;
        }
        double t = (v - lo) / (hi - lo);
        int l = (int) Math.floor(t * LEVELS);
        return Math.max(0, Math.min(LEVELS - 1, l));
    }

    /** Whether text on level {@code i} should be dark (the colour is light). */
    public static boolean darkText(int level) {
        int rgb = rgb(level);
        double lum = 0.2126 * lin(rgb >> 16 & 255) + 0.7152 * lin(rgb >> 8 & 255) + 0.0722 * lin(rgb & 255);
        return lum > 0.18;
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** All levels as "#rrggbb" joined by commas (handed to the page's painter once). */
    public static String table() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LEVELS; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(HEX[i]);
        }
        return sb.toString();
    }

    /** "#rrggbb" of 0xRRGGBB. */
    static String hex6(int rgb) {
        String digits = "0123456789abcdef";
        StringBuilder sb = new StringBuilder("#");
        for (int shift = 20; shift >= 0; shift -= 4) {
            sb.append(digits.charAt(rgb >> shift & 15));
        }
        return sb.toString();
    }
}
