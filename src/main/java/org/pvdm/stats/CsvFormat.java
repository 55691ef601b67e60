package org.pvdm.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics CSV of {@code pvdm stats --csv}, and of recordings (the same plus {@code guest_uuid}).
 *
 * <ul>
 *   <li>Header exactly {@value #HEADER}; a recording adds {@code ,guest_uuid}.</li>
 *   <li>One row per disk or NIC per tick, from the second sample on. {@code kind} is {@code disk} or
 *       {@code nic}; {@code device} is the disk's target (vda) or the NIC's MAC; {@code guest} the guest's
 *       name.</li>
 *   <li>{@code time}: ISO 8601 UTC with milliseconds, e.g. {@code 2024-05-01T10:00:00.250Z}.</li>
 *   <li>Numbers: plain decimals, no exponent, at most 3 decimals, trailing zeros dropped
 *       ({@code 50000}, {@code 0.5}). Columns that do not apply (rx on a disk), and values the host does not
 *       report, are empty.</li>
 *   <li>Lines end with LF; a field with a comma, quote or line break is quoted as in RFC 4180.</li>
 * </ul>
 */
public final class CsvFormat {
    public static final String HEADER =
            "time,guest,device,kind,rd_bytes_s,wr_bytes_s,rd_ops_s,wr_ops_s,rx_bytes_s,tx_bytes_s,rx_pkts_s,tx_pkts_s";
    public static final String RECORDING_HEADER = HEADER + ",guest_uuid";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int FIXED_COLUMNS = 4;

    private CsvFormat() {}

    /** The rows of one tick: its disk and NIC samples (none in the first tick, which has no rates). */
    public static List<StatsRow> rows(StatsTick tick) {
        List<StatsRow> rows = new ArrayList<>();
        for (SeriesSample sample : tick.samples()) {
            if (sample.key().kind() != SeriesKind.GUEST) {
                rows.add(StatsRow.of(tick.time(), sample));
            }
        }
        return rows;
    }

    /** One line of the CLI CSV (no line end). */
    public static String line(StatsRow row) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(time(row.time())).append(',').append(quote(row.guestName())).append(',')
                .append(quote(row.key().device())).append(',').append(row.key().kind().label());
        for (Metric metric : Metric.CSV_COLUMNS) {
            sb.append(',').append(number(row.value(metric)));
        }
        return sb.toString();
    }

    /** One line of a recording: {@link #line(StatsRow)} plus the guest UUID. */
    public static String recordingLine(StatsRow row) {
        return line(row) + ',' + quote(row.key().guestUuid());
    }

    /** A plain decimal with at most 3 decimals and no exponent; "" for NaN or infinite. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** ISO 8601 UTC with milliseconds. */
    public static String time(Instant time) {
        return TIME.format(time);
    }

    /** Parses one recording line (not the header); IllegalArgumentException says what is wrong. */
    public static StatsRow parseRecordingLine(String line) {
        List<String> f = split(line);
        int expected = FIXED_COLUMNS + Metric.CSV_COLUMNS.size() + 1;
        if (f.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " fields, found " + f.size());
        }
        Instant time;
        try {
            time = Instant.parse(f.get(0));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad time '" + f.get(0) + "'", e);
        }
        SeriesKind kind = SeriesKind.fromLabel(f.get(3));
        if (kind == SeriesKind.GUEST) {
            throw new IllegalArgumentException("kind must be disk or nic");
        }
        double[] values = new double[Metric.CSV_COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            String field = f.get(FIXED_COLUMNS + i);
            try {
                values[i] = field.isEmpty() ? Double.NaN : Double.parseDouble(field);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number '" + field + "' in " + Metric.CSV_COLUMNS.get(i)
                        .csvColumn(), e);
            }
        }
        SeriesKey key = new SeriesKey(f.get(expected - 1), f.get(2), kind);
        return StatsRow.of(time, key, f.get(1), values);
    }

    /** Quotes a field when it holds a comma, quote, CR or LF (RFC 4180). */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Splits one line into fields, undoing {@link #quote(String)}. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
