package dev.firebreak.analysis.anomaly;

/** Normal-distribution helpers; kept here because the module must stay dependency-free. */
final class Gaussian {

    private Gaussian() {
    }

    /** Complementary error function, fractional error below 1.2e-7 everywhere (Numerical Recipes erfcc). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2.0 - r;
    }

    /** Upper tail probability P(Z > z) of a standard normal. */
    static double upperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2.0));
    }

    /** Two-sided tail probability of being at least |z| standard deviations away from the mean. */
    static double twoSidedTail(double z) {
        return erfc(Math.abs(z) / Math.sqrt(2.0));
    }

    /**
     * log10 of {@link #upperTail(double)}, accurate far into the tail where the tail itself
     * underflows or the erfc approximation's relative error would tie distinct extremes.
     */
    static double log10UpperTail(double z) {
        if (z < 5.0) {
            return Math.log10(upperTail(z));
        }
        // Asymptotic series of Mills' ratio: Q(z) = phi(z)/z * (1 - 1/z^2 + 3/z^4 - ...).
        double z2 = z * z;
        double logQ = -z2 / 2 - Math.log(z * Math.sqrt(2 * Math.PI)) + Math.log(1 - 1 / z2 + 3 / (z2 * z2));
        return logQ / Math.log(10);
    }
}
