package org.citycoop.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Pairs of cities drawn by preferential attachment: a city is chosen with a chance that grows with the partners it
 * has, so partner counts follow a power law, as the real twin-town lists do (a few cities have dozens of partners,
 * most have one or two).
 */
final class PartnerNetwork {
    private final int cities;
    private final Random random;
    /** How much a partner adds to a city's chance of being drawn again, against 1 for a city without partners. */
    private static final int ATTACHMENT = 3;
    /** Every city once, and {@link #ATTACHMENT} times more for each partner it has: a uniform draw is preferential. */
    private final List<Integer> ends = new ArrayList<>();
    private final Set<Long> pairs = new HashSet<>();
    private final List<int[]> drawn = new ArrayList<>();

    PartnerNetwork(int cities, Random random) {
        this.cities = cities;
        this.random = random;
        for (int i = 0; i < cities; i++) {
            ends.add(i);
        }
    }

    /** Draws a new pair of two different cities not paired before; null when no new pair was found. */
    int[] drawNew() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int[] pair = draw();
            if (pair != null && pairs.add(key(pair))) {
                for (int i = 0; i < ATTACHMENT; i++) {
                    ends.add(pair[0]);
                    ends.add(pair[1]);
                }
                drawn.add(pair);
                return pair;
            }
        }
        return null;
    }

    /** A pair for a report: mostly one already drawn (partners meet again), otherwise a preferential draw. */
    int[] drawForReport() {
        if (!drawn.isEmpty() && random.nextDouble() < 0.7) {
            return drawn.get(random.nextInt(drawn.size()));
        }
        int[] pair = draw();
        return pair != null ? pair : drawn.isEmpty() ? new int[] {0, 1} : drawn.get(0);
    }

    private int[] draw() {
        int a = ends.get(random.nextInt(ends.size()));
        int b = ends.get(random.nextInt(ends.size()));
        return a == b || cities < 2 ? null : new int[] {Math.min(a, b), Math.max(a, b)};
    }

    private static long key(int[] pair) {
        return ((long) pair[0] << 32) | pair[1];
    }
}
