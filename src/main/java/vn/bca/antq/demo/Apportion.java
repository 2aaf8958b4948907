package vn.bca.antq.demo;

import java.util.Arrays;

/** Splitting an exact whole total into parts proportional to weights (largest remainder method). */
final class Apportion {

    private Apportion() {}

    static int[] of(int total, double[] weights) {
        int[] caps = new int[weights.length];
        Arrays.fill(caps, Integer.MAX_VALUE);
        return capped(total, weights, caps);
    }

    /** As {@link #of}, but no part exceeds its cap; the caps must add up to at least the total. */
    static int[] capped(int total, double[] weights, int[] caps) {
        int[] parts = new int[weights.length];
        int left = total;
        // Each round shares what is left among the parts below their cap; a capped part drops out.
        while (left > 0) {
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                if (parts[i] < caps[i]) {
                    sum += weights[i];
                }
            }
            if (sum == 0) {
                throw new IllegalArgumentException("Cannot place " + left + " more within the caps");
            }
            double[] remainders = new double[weights.length];
            int placed = 0;
            for (int i = 0; i < weights.length; i++) {
                if (parts[i] < caps[i]) {
                    double share = left * weights[i] / sum;
                    int whole = Math.min((int) share, caps[i] - parts[i]);
                    parts[i] += whole;
                    placed += whole;
                    remainders[i] = parts[i] < caps[i] ? share - whole : -1;
                }
            }
            left -= placed;
            for (int extra = Math.min(left, countPositive(remainders)); extra > 0; extra--, left--) {
                int best = 0;
                for (int i = 1; i < remainders.length; i++) {
                    if (remainders[i] > remainders[best]) {
                        best = i;
                    }
                }
                parts[best]++;
                remainders[best] = -1;
            }
        }
        return parts;
    }

    private static int countPositive(double[] values) {
        int n = 0;
        for (double v : values) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }
}
