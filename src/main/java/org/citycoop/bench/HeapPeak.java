package org.citycoop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap a job kept: the peak of the old generation (what survives collections, the memory a job really
 * holds), next to the heap allowed. The young generation's peak says how much garbage was made between
 * collections, not what was held, so it is left out.
 */
final class HeapPeak {
    private HeapPeak() {
    }

    /** Starts a new measurement. */
    static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The old generation's peak since {@link #reset()} and the heap allowed, for a figure's detail. */
    static String describe() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && isOld(pool.getName())) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return String.format("old generation peak %,d MiB of %,d MiB allowed", peak >> 20,
            Runtime.getRuntime().maxMemory() >> 20);
    }

    private static boolean isOld(String pool) {
        return pool.contains("Old") || pool.contains("Tenured");
    }
}
