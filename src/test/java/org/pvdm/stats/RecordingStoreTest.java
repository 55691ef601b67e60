package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.stats.Fixtures.A;
import static org.pvdm.stats.Fixtures.B;
import static org.pvdm.stats.Fixtures.MAC;
import static org.pvdm.stats.Fixtures.T0;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingStoreTest {
    private static final double NAN = Double.NaN;
    private static final SeriesKey HDA = SeriesKey.disk(A, "hda");
    private static final SeriesKey NIC = SeriesKey.nic(A, MAC);
    private static final SeriesKey VDA = SeriesKey.disk(B, "vda");

    @TempDir
    Path dir;

    private static Recording sample() {
        long t0 = T0.toEpochMilli();
        return new Recording(List.of(
                new SeriesData(HDA, "old,web", new long[] {t0, t0 + 1000},
                        new double[][] {{1.5, 2}, {3, 4}, {5, 6.125}, {NAN, 8}, {0.1, 0.2}, {NAN, NAN}}),
                new SeriesData(NIC, "old,web", new long[] {t0 + 1000},
                        new double[][] {{100_000}, {50_000}, {12}, {NAN}, {0}, {0}}),
                new SeriesData(VDA, "new", new long[] {t0},
                        new double[][] {{9}, {9}, {9}, {9}, {NAN}, {NAN}}),
                new SeriesData(SeriesKey.guest(A), "old,web", new long[] {t0}, new double[][] {{50}, {1000}})));
    }

    @Test
    void roundTripKeepsEveryCsvValue() throws IOException {
        RecordingStore store = new RecordingStore(dir.resolve("recordings"));
        Path file = store.save("before-conversion", sample());
        assertEquals(dir.resolve("recordings/before-conversion.csv"), file);
        Recording loaded = store.load("before-conversion");

        assertEquals(List.of(HDA, VDA, NIC), loaded.keys(), "series in the order of their first row");
        SeriesData hda = loaded.series(HDA).orElseThrow();
        assertEquals("old,web", hda.guestName());
        assertArrayEquals(sample().series(HDA).orElseThrow().timesMillis(), hda.timesMillis());
        assertArrayEquals(new double[] {1.5, 2}, hda.values(Metric.RD_BYTES_S));
        assertArrayEquals(new double[] {5, 6.125}, hda.values(Metric.RD_OPS_S));
        assertTrue(Double.isNaN(hda.value(Metric.WR_OPS_S, 0)));
        assertTrue(Double.isNaN(hda.value(Metric.RD_LATENCY_MS, 0)), "latency is not in the CSV");
        SeriesData nic = loaded.series(NIC).orElseThrow();
        assertArrayEquals(new double[] {100_000}, nic.values(Metric.RX_BYTES_S));
        assertTrue(Double.isNaN(nic.value(Metric.TX_PKTS_S, 0)));
        assertEquals("new", loaded.guestName(B));
        assertEquals(sample().rows().size(), loaded.rows().size());
        assertEquals(CsvFormat.RECORDING_HEADER, Files.readAllLines(file).get(0));
    }

    @Test
    void savingLeavesNoTemporaryFileAndReplacesAtomically() throws IOException {
        RecordingStore store = new RecordingStore(dir);
        store.save("run", sample());
        store.save("run", sample().only(k -> k.equals(VDA)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("run.csv")), files.toList());
        }
        assertEquals(List.of(VDA), store.load("run.csv").keys());
        assertEquals(List.of(dir.resolve("run.csv")), store.list());
    }

    @Test
    void aFailedSaveLeavesNothing() throws IOException {
        Path blocker = dir.resolve("taken.csv");
        Files.createDirectory(blocker);
        Files.writeString(blocker.resolve("x"), "x"); // a non-empty directory cannot be replaced
        assertThrows(IOException.class, () -> RecordingStore.save(blocker, sample()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(blocker), files.toList());
        }
    }

    @Test
    void badFilesNameTheFileAndLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, CsvFormat.RECORDING_HEADER + "\n2024-05-01T10:00:00Z,web,vda,disk,1,1\n");
        IOException e = assertThrows(IOException.class, () -> RecordingStore.load(file));
        assertTrue(e.getMessage().startsWith(file + " line 2: expected 13 fields"), e.getMessage());
        Files.writeString(file, CsvFormat.HEADER + "\n");
        e = assertThrows(IOException.class, () -> RecordingStore.load(file));
        assertTrue(e.getMessage().contains("not a pvdm recording"), e.getMessage());
    }

    @Test
    void defaultFolderFollowsXdg() {
        assertEquals(Path.of("/data/pvdm/recordings"),
                RecordingStore.defaultDirectory(Map.of("XDG_DATA_HOME", "/data"), "/home/ann"));
        assertEquals(Path.of("/home/ann/.local/share/pvdm/recordings"),
                RecordingStore.defaultDirectory(Map.of(), "/home/ann"));
        assertEquals(Path.of("/home/ann/.local/share/pvdm/recordings"),
                RecordingStore.defaultDirectory(Map.of("XDG_DATA_HOME", ""), "/home/ann"));
        assertEquals(Path.of("/home/ann/.local/share/pvdm/recordings"),
                RecordingStore.defaultDirectory(Map.of("XDG_DATA_HOME", "relative/dir"), "/home/ann"),
                "the XDG spec says to ignore a relative path");
    }

    @Test
    void namesCannotEscapeTheFolder() {
        RecordingStore store = new RecordingStore(dir);
        assertThrows(IllegalArgumentException.class, () -> store.file("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.file(".hidden"));
        assertThrows(IllegalArgumentException.class, () -> store.file(""));
        assertEquals(dir.resolve("web-2024.05.01_a.csv"), store.file("web-2024.05.01_a"));
    }
}
