package vn.bca.antq.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Independent random streams, each derived from (seed, scope, stream name) alone, so that a province's data
 * does not depend on the order in which provinces or families are built.
 */
final class RandomStreams {

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The stream {@code name} of one scope, usually a province's unit id (or 0 for the nation). */
    Draw of(long scope, String name) {
        return new Draw(new SplittableRandom(fnv1a(seed + "/" + scope + "/" + name)));
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    /** One stream with the distributions the builders need. */
    static final class Draw {
        private final SplittableRandom random;

        private Draw(SplittableRandom random) {
            this.random = random;
        }

        double uniform() {
            return random.nextDouble();
        }

        int between(int from, int toInclusive) {
            return random.nextInt(from, toInclusive + 1);
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        /** A positive factor with median 1: exp(N(0, sigma²)). */
        double logNormal(double sigma) {
            return Math.exp(sigma * gaussian());
        }

        double gaussian() {
            // Box-Muller, spelled out so that the values do not depend on the JDK's own algorithm.
            double u = 1.0 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }

        /** Successes in n trials of probability p. */
        int binomial(int n, double p) {
            int successes = 0;
            for (int i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    successes++;
                }
            }
            return successes;
        }

        /** A day between the two, both included. */
        LocalDate date(LocalDate from, LocalDate toInclusive) {
            return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, toInclusive) + 1));
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        /** An index chosen with probability proportional to its weight. */
        int weighted(double... weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double x = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /** A random order of 0..n-1 (Fisher-Yates). */
        int[] permutation(int n) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            return order;
        }
    }
}
