package org.pvdm.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurements for docs/benchmarks.md (scripts/bench-gui), kept out of the shipped app: a {@link WindowProbe} on
 * the test class path, on only with {@code -Dpvdm.bench.out=FILE}:
 * <ul>
 *   <li>time from JVM start to the first pulse that lays out the shown window, as wall time and as the CPU
 *       time the process used meanwhile (the latter does not depend on what else the machine runs);</li>
 *   <li>over {@code pvdm.bench.seconds} (default 30) after {@code pvdm.bench.warmup} seconds (default 10):
 *       the gaps between FX pulses (an AnimationTimer keeps pulses coming) and the CPU time the FX thread
 *       used between two pulses. A long gap with little FX-thread CPU is the OS not scheduling the process;
 *       a long gap with as much FX-thread CPU is the FX thread busy with our work.</li>
 * </ul>
 * {@code -Dpvdm.bench.tab=stats} opens the statistics view; {@code -Dpvdm.bench.exit=true} quits afterwards.
 */
public final class Benchmarks implements WindowProbe {
    private static final Logger LOG = LoggerFactory.getLogger(Benchmarks.class);

    public Benchmarks() {
        // found by ServiceLoader (src/test/resources/META-INF/services)
    }

    /** @param showStats opens the statistics view; {@code extra} adds lines to the report */
    @Override
    public void attach(Stage stage, Runnable showStats, Supplier<String> extra) {
        String out = System.getProperty("pvdm.bench.out");
        if (out == null || out.isBlank()) {
            return;
        }
        if ("stats".equals(System.getProperty("pvdm.bench.tab"))) {
            Platform.runLater(showStats);
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long warmupNs = (long) (Double.parseDouble(System.getProperty("pvdm.bench.warmup", "10")) * 1e9);
        long measureNs = (long) (Double.parseDouble(System.getProperty("pvdm.bench.seconds", "30")) * 1e9);
        StringBuilder report = new StringBuilder();
        stage.setOnShown(e -> stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                long ms = System.currentTimeMillis() - jvmStart;
                report.append("first_window_ms=").append(ms).append('\n')
                        .append("first_window_process_cpu_ms=").append(processCpuMs()).append('\n');
                LOG.info("first window laid out {} ms after JVM start", ms);
                stage.getScene().removePostLayoutPulseListener(this);
            }
        }));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        new AnimationTimer() {
            private long first;
            private long last;
            private long lastCpu;
            private long maxCpu;
            private long[] gaps = new long[4096];
            private int n;

            @Override
            public void handle(long now) {
                long cpu = threads.getCurrentThreadCpuTime();
                if (first == 0) {
                    first = now;
                }
                if (now - first >= warmupNs && last != 0) {
                    if (n == gaps.length) {
                        gaps = Arrays.copyOf(gaps, n * 2);
                    }
                    gaps[n++] = now - last;
                    maxCpu = Math.max(maxCpu, cpu - lastCpu);
                }
                last = now;
                lastCpu = cpu;
                if (now - first >= warmupNs + measureNs) {
                    stop();
                    long[] sorted = Arrays.copyOf(gaps, n);
                    Arrays.sort(sorted);
                    report.append("pulses=").append(n).append('\n')
                            .append("pulse_gap_median_ms=").append(ms(sorted[n / 2])).append('\n')
                            .append("pulse_gap_p99_ms=").append(ms(sorted[(int) (n * 0.99)])).append('\n')
                            .append("pulse_gap_max_ms=").append(ms(sorted[n - 1])).append('\n')
                            .append("fx_thread_cpu_between_pulses_max_ms=").append(ms(maxCpu)).append('\n')
                            .append("measured_s=").append(measureNs / 1_000_000_000L).append('\n')
                            .append("load_average=").append(String.format(Locale.ROOT, "%.1f",
                                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())).append('\n')
                            .append(extra.get()).append('\n');
                    write(Path.of(out), report.toString());
                    if (Boolean.getBoolean("pvdm.bench.exit")) {
                        Platform.exit();
                    }
                }
            }
        }.start();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static long processCpuMs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot write the benchmark figures to {}: {}", file, e.getMessage());
        }
    }
}
