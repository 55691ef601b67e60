package org.pvdm.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurements for docs/benchmarks.md, on only with {@code -Dpvdm.bench.out=FILE}: time from JVM start to
 * the first pulse that lays out the shown window, and the longest gap between FX pulses over
 * {@code pvdm.bench.seconds} (default 30) after {@code pvdm.bench.warmup} seconds (default 10). With
 * {@code -Dpvdm.bench.exit=true} the app quits after writing the figures.
 */
final class Benchmarks {
    private static final Logger LOG = LoggerFactory.getLogger(Benchmarks.class);

    private Benchmarks() {}

    static void attach(Stage stage) {
        String out = System.getProperty("pvdm.bench.out");
        if (out == null || out.isBlank()) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long warmupNs = (long) (Double.parseDouble(System.getProperty("pvdm.bench.warmup", "10")) * 1e9);
        long measureNs = (long) (Double.parseDouble(System.getProperty("pvdm.bench.seconds", "30")) * 1e9);
        StringBuilder report = new StringBuilder();
        stage.setOnShown(e -> stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                long ms = System.currentTimeMillis() - jvmStart;
                report.append("first_window_ms=").append(ms).append('\n');
                LOG.info("first window laid out {} ms after JVM start", ms);
                stage.getScene().removePostLayoutPulseListener(this);
            }
        }));
        new AnimationTimer() {
            private long first;
            private long last;
            private long maxGap;
            private long frames;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                }
                if (now - first < warmupNs) {
                    last = now;
                    return;
                }
                if (last != 0) {
                    maxGap = Math.max(maxGap, now - last);
                }
                frames++;
                last = now;
                if (now - first >= warmupNs + measureNs) {
                    stop();
                    report.append("pulses=").append(frames).append('\n')
                            .append("max_pulse_gap_ms=").append(String.format("%.1f", maxGap / 1e6)).append('\n')
                            .append("measured_s=").append(measureNs / 1_000_000_000L).append('\n')
                            .append("guests=").append(System.getProperty("pvdm.bench.guests", "")).append('\n');
                    write(Path.of(out), report.toString());
                    if (Boolean.getBoolean("pvdm.bench.exit")) {
                        Platform.exit();
                    }
                }
            }
        }.start();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot write the benchmark figures to {}: {}", file, e.getMessage());
        }
    }
}
