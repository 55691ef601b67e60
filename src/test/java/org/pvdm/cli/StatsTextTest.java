package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.Recording;
import org.pvdm.stats.SeriesData;
import org.pvdm.stats.SeriesKey;
import org.pvdm.stats.SeriesSample;
import org.pvdm.stats.StatsTick;

/** The text of the statistics commands, without a host. */
class StatsTextTest {
    private static final String WEB = "00000000-0000-0000-0000-000000000001";
    private static final String DB = "00000000-0000-0000-0000-000000000002";

    @Test
    void unitsAreSiWithThreeSignificantDigits() {
        assertEquals("50.0 kB/s", Units.bytes(50_000));
        assertEquals("0 B/s", Units.bytes(0));
        assertEquals("512 B/s", Units.bytes(512));
        assertEquals("1.23 MB/s", Units.bytes(1_234_567));
        assertEquals("1.00 MB/s", Units.bytes(999_999));
        assertEquals("100k ops/s", Units.ops(100_000));
        assertEquals("33.3k ops/s", Units.ops(33_333.3));
        assertEquals("9.09k pkts/s", Units.packets(9_090.9));
        assertEquals("-", Units.ops(Double.NaN));
        assertEquals("0.21 ms", Units.millis(0.2149));
        assertEquals("1.20 s", Units.millis(1_200));
        assertEquals("41.2 us", Units.nanos(41_200));
        assertEquals("3.2 %", Units.percent(3.21));
    }

    @Test
    void secondsOptions() {
        SecondsConverter seconds = new SecondsConverter();
        assertEquals(Duration.ofMillis(250), Seconds.interval(seconds.convert("0.25")));
        assertEquals(Duration.ofSeconds(60), Seconds.interval(seconds.convert(" 60 ")));
        assertEquals(Duration.ofSeconds(1), Seconds.interval(null));
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class,
                () -> Seconds.interval(seconds.convert("0.249"))).exitCode());
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class,
                () -> Seconds.interval(seconds.convert("1e3"))).exitCode());
        for (String bad : List.of("abc", "0", "-1", "", "86400001", "1e400")) {
            assertThrows(picocli.CommandLine.TypeConversionException.class, () -> seconds.convert(bad), bad);
        }
        assertEquals(Duration.ofNanos(1), seconds.convert("0.000000001"), "exact, no floating point");
        assertEquals("0.25 s", Seconds.text(Duration.ofMillis(250)));
    }

    private static LiveState state() {
        LiveState s = new LiveState(new GuestSelection(List.of(new GuestSummary("web", WEB, GuestState.RUNNING, 1, true),
                new GuestSummary("db", DB, GuestState.RUNNING, 2, true))));
        double[] disk = {50_000, 25_000, 100_000, 33_333, Double.NaN, 0.5};
        double[] nic = {100_000, 50_000, 10_000, 9_091, 0, 0};
        s.update(new StatsTick(2, Instant.EPOCH, 1, List.of(
                new SeriesSample(SeriesKey.disk(WEB, "hda"), "web", disk),
                new SeriesSample(SeriesKey.nic(WEB, "52:54:00:00:00:01"), "web", nic),
                new SeriesSample(SeriesKey.guest(WEB), "web", new double[] {3.21, 41_200})),
                Map.of(SeriesKey.guest(DB), "counters went backwards (guest restarted?)",
                        SeriesKey.disk(DB, "vda"), "counters went backwards (guest restarted?)"), null, 0, true));
        return s;
    }

    @Test
    void blocksSideBySideIn80ColumnsAndUnderEachOtherWhenNarrower() {
        List<String> wide = LiveFrame.render(state(), List.of("title"), 80);
        assertTrue(wide.stream().allMatch(l -> l.length() <= 80), String.join("\n", wide));
        assertTrue(wide.contains("web                                    | db"), String.join("\n", wide));
        assertTrue(wide.contains("running  CPU 3.2 %  41.2 us/op         | counters went backwards (guest resta.."),
                String.join("\n", wide));
        assertTrue(wide.contains(" read  50.0 kB/s   100k ops/s          |  read          -            -"),
                String.join("\n", wide));
        assertTrue(wide.contains(" write 25.0 kB/s  33.3k ops/s 0.50 ms  |  write         -            -"), String.join("\n", wide));
        assertTrue(wide.contains(" rx     100 kB/s 10.0k pkts/s          |"), String.join("\n", wide));
        assertTrue(wide.contains("db: counters went backwards (guest restarted?)"), "the full reason below");
        List<String> narrow = LiveFrame.render(state(), List.of("title"), 60);
        assertTrue(narrow.contains("web") && narrow.contains("db") && narrow.stream().noneMatch(l -> l.contains(" | ")),
                String.join("\n", narrow));
    }

    @Test
    void aPausedTickShowsItsReasonForEveryGuest() {
        LiveState s = state();
        s.update(StatsTick.paused(3, Instant.EPOCH, 2, "connection lost: cannot reach the host", 0));
        List<String> frame = LiveFrame.render(s, List.of(), 200);
        assertTrue(frame.contains("connection lost: cannot reach the host | connection lost: cannot reach the host")
                || frame.stream().anyMatch(l -> l.startsWith("connection lost: cannot reach the ho")), String.join("\n", frame));
        assertTrue(s.changes().contains("web: connection lost: cannot reach the host"), s.changes().toString());
    }

    @Test
    void ratioHasTwoDecimals() {
        Recording a = new Recording(List.of(series(WEB, "hda", 1000, 1000)));
        Recording b = new Recording(List.of(series(WEB, "vda", 1000, 1000)));
        Comparison.Row same = Comparison.of(a, b).rows().get(0);
        assertEquals("1.00x", ComparisonText.ratio(same));
        Recording c = new Recording(List.of(series(WEB, "vda", 1930, 1930)));
        assertEquals("1.93x", ComparisonText.ratio(Comparison.of(a, c).rows().get(0)));
        Recording d = new Recording(List.of(series(WEB, "vda", 12, 12)));
        assertEquals("0.012x", ComparisonText.ratio(Comparison.of(a, d).rows().get(0)));
        String text = ComparisonText.render(Comparison.of(a, c));
        assertTrue(text.startsWith("hda (A)  vs  vda (B)\n"), text);
        assertTrue(text.contains("vda: 1.93x the read bytes/s of hda"), text);
    }

    private static SeriesData series(String uuid, String dev, double... rdBytes) {
        double[] nan = new double[rdBytes.length];
        java.util.Arrays.fill(nan, Double.NaN);
        return new SeriesData(SeriesKey.disk(uuid, dev), "web", new long[rdBytes.length],
                new double[][] {rdBytes, nan, nan, nan, nan, nan});
    }
}
