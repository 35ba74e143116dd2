package dev.firebreak.analysis.anomaly;

import java.util.Arrays;

/** Mann-Whitney U rank test with tie correction and the normal approximation. */
final class MannWhitney {

    private MannWhitney() {
    }

    /** Two-sided p-value that samples a and b come from the same distribution. */
    static double pValue(double[] a, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        if (n1 == 0 || n2 == 0) {
            return 1.0;
        }
        double[][] all = new double[n1 + n2][];
        for (int i = 0; i < n1; i++) {
            all[i] = new double[] {a[i], 0};
        }
        for (int i = 0; i < n2; i++) {
            all[n1 + i] = new double[] {b[i], 1};
        }
        Arrays.sort(all, (x, y) -> Double.compare(x[0], y[0]));
        double rankSumA = 0;
        double tieTerm = 0;
        int i = 0;
        while (i < all.length) {
            int j = i;
            while (j + 1 < all.length && all[j + 1][0] == all[i][0]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            int ties = j - i + 1;
            tieTerm += (double) ties * ties * ties - ties;
            for (int k = i; k <= j; k++) {
                if (all[k][1] == 0) {
                    rankSumA += rank;
                }
            }
            i = j + 1;
        }
        double u = rankSumA - n1 * (n1 + 1) / 2.0;
        double mean = n1 * (double) n2 / 2.0;
        double n = n1 + n2;
        double variance = n1 * (double) n2 / 12.0 * ((n + 1) - tieTerm / (n * (n - 1)));
        if (variance <= 0) {
            return 1.0;
        }
        // Continuity correction, as scipy's default.
        double z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1.0, Gaussian.twoSidedTail(Math.max(0, z)));
    }
}
