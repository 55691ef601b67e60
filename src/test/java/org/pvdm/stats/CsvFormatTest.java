package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pvdm.stats.Fixtures.A;
import static org.pvdm.stats.Fixtures.MAC;
import static org.pvdm.stats.Fixtures.T0;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    private static final double NAN = Double.NaN;

    @Test
    void headerIsExactlyTheStableOne() {
        assertEquals("time,guest,device,kind,rd_bytes_s,wr_bytes_s,rd_ops_s,wr_ops_s,rx_bytes_s,tx_bytes_s,"
                + "rx_pkts_s,tx_pkts_s", CsvFormat.HEADER);
        assertEquals(CsvFormat.HEADER + ",guest_uuid", CsvFormat.RECORDING_HEADER);
        String columns = String.join(",", Metric.CSV_COLUMNS.stream().map(Metric::csvColumn).toList());
        assertTrue(CsvFormat.HEADER.endsWith("," + columns));
    }

    @Test
    void numbersArePlainDecimalsWithAtMostThreeDecimals() {
        assertEquals("50000", CsvFormat.number(50_000.0));
        assertEquals("0.5", CsvFormat.number(0.5));
        assertEquals("1234.568", CsvFormat.number(1234.56789));
        assertEquals("0", CsvFormat.number(0.0));
        assertEquals("0", CsvFormat.number(1e-7));
        assertEquals("1500000000000", CsvFormat.number(1.5e12));
        assertEquals("12345678901.25", CsvFormat.number(12_345_678_901.25));
        assertEquals("", CsvFormat.number(NAN));
        assertEquals("", CsvFormat.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void timeIsIso8601UtcWithMilliseconds() {
        assertEquals("2024-05-01T10:00:00.000Z", CsvFormat.time(T0));
        assertEquals("2024-05-01T10:00:00.250Z", CsvFormat.time(T0.plusMillis(250).plusNanos(999)));
    }

    @Test
    void diskAndNicRowsLeaveTheOtherColumnsEmpty() {
        SeriesSample disk = new SeriesSample(SeriesKey.disk(A, "vda"), "web",
                new double[] {50_000, 25_000, 100_000, 33_333.3333, 0.1, NAN});
        SeriesSample nic = new SeriesSample(SeriesKey.nic(A, "52:54:00:AA:BB:CC"), "web",
                new double[] {100_000, 50_000, NAN, 10, 0, 0});
        SeriesSample cpu = new SeriesSample(SeriesKey.guest(A), "web", new double[] {12, 3400});
        StatsTick tick = new StatsTick(2, T0, 0, List.of(disk, nic, cpu), Map.of(), null, 0, true);
        List<String> lines = CsvFormat.rows(tick).stream().map(CsvFormat::line).toList();
        assertEquals(List.of(
                "2024-05-01T10:00:00.000Z,web,vda,disk,50000,25000,100000,33333.333,,,,",
                "2024-05-01T10:00:00.000Z,web," + MAC + ",nic,,,,,100000,50000,,10"), lines);
    }

    @Test
    void theFirstTickHasNoRows() {
        StatsTick first = new StatsTick(1, T0, 0, List.of(), Map.of(SeriesKey.disk(A, "vda"),
                RateCalculator.FIRST_SAMPLE), null, 0, false);
        assertTrue(CsvFormat.rows(first).isEmpty());
    }

    @Test
    void awkwardNamesAreQuotedAndParsedBack() {
        StatsRow row = StatsRow.of(T0, SeriesKey.disk(A, "vda"), "db, \"primary\"",
                new double[] {1, 2, 3, 4, NAN, NAN, NAN, NAN});
        String line = CsvFormat.recordingLine(row);
        assertEquals("2024-05-01T10:00:00.000Z,\"db, \"\"primary\"\"\",vda,disk,1,2,3,4,,,,," + A, line);
        StatsRow back = CsvFormat.parseRecordingLine(line);
        assertEquals(row.guestName(), back.guestName());
        assertEquals(row.key(), back.key());
        assertEquals(3.0, back.rdOpsS());
        assertTrue(Double.isNaN(back.rxBytesS()));
    }

    @Test
    void badLinesSayWhatIsWrong() {
        var fields = assertThrows(IllegalArgumentException.class, () -> CsvFormat.parseRecordingLine("a,b"));
        assertTrue(fields.getMessage().contains("expected 13 fields"), fields.getMessage());
        var number = assertThrows(IllegalArgumentException.class, () -> CsvFormat.parseRecordingLine(
                "2024-05-01T10:00:00.000Z,web,vda,disk,x,,,,,,,," + A));
        assertTrue(number.getMessage().contains("rd_bytes_s"), number.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.parseRecordingLine(
                "yesterday,web,vda,disk,1,,,,,,,," + A));
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.parseRecordingLine(
                "2024-05-01T10:00:00Z,web,,guest,1,,,,,,,," + A));
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), CsvFormat.parseRecordingLine(
                "2024-05-01T10:00:00Z,web,vda,disk,1,,,,,,,," + A).time());
    }
}
