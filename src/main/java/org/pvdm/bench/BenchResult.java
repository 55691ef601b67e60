package org.pvdm.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one {@code pvdm bench} run (see docs/benchmarks.md for what each one measures).
 *
 * @param inventoryMs connect to a fully classified inventory, wall time, median of 3 fresh connections
 * @param statsTickMs thread-CPU time of one statistics tick for all running guests, median of the measured ticks
 * @param planMs      one guest's plan, wall time, median over the planned guests
 * @param applyMs     one guest's apply (re-read, backup, define, verify), wall time, median
 * @param batch100Ms  plan + apply of a 100-guest batch conversion, wall time
 * @param heapMb      heap in use after a full GC with 15 minutes of history filled for every running guest
 * @param inventoryCpuMs CPU time of the whole process for one inventory (all threads; wall time depends on load)
 * @param batch100CpuMs  CPU time of the whole process for the 100-guest batch
 * @param loadAverage the machine's 1-minute load average at the end (wall times above grow with it)
 */
public record BenchResult(int guests, int running, int ticks, int perGuestSamples, double inventoryMs,
                          double statsTickMs, double planMs, double applyMs, double batch100Ms, double heapMb,
                          double inventoryCpuMs, double batch100CpuMs, double loadAverage) {

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("guests", guests);
        m.put("running", running);
        m.put("inventory_ms", round(inventoryMs));
        m.put("stats_tick_ms", round(statsTickMs));
        m.put("stats_ticks", ticks);
        m.put("plan_ms", round(planMs));
        m.put("apply_ms", round(applyMs));
        m.put("plan_apply_guests", perGuestSamples);
        m.put("batch100_ms", round(batch100Ms));
        m.put("heap_mb", round(heapMb));
        m.put("inventory_cpu_ms", round(inventoryCpuMs));
        m.put("batch100_cpu_ms", round(batch100CpuMs));
        m.put("load_average", round(loadAverage));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
