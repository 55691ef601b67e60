package org.pvdm.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A fixed set of series with their points: a snapshot of a {@link History}
 * ({@link History#snapshot(Collection)}) or a file loaded by {@link RecordingStore}. What
 * {@link Comparison} compares. Immutable.
 *
 * <p>On disk a recording is the CLI's CSV plus a {@code guest_uuid} column (see {@link CsvFormat}), so
 * it holds the disk and NIC CSV metrics only; latencies and CPU figures are not saved.
 */
public final class Recording {
    private final Map<SeriesKey, SeriesData> series = new LinkedHashMap<>();
    private String host = "";
    private Boolean synthetic;

    public Recording(Collection<SeriesData> data) {
        for (SeriesData d : data) {
            if (series.putIfAbsent(d.key(), d) != null) {
                throw new IllegalArgumentException("series " + d.key() + " appears twice");
            }
        }
    }

    /**
     * The same series, remembering where they were recorded: the host's name or URI, and whether its counters
     * were synthetic (libvirt's test driver makes up the same I/O for every device).
     */
    public Recording from(String hostName, boolean syntheticCounters) {
        Recording r = new Recording(series.values());
        r.host = hostName == null ? "" : hostName;
        r.synthetic = syntheticCounters;
        return r;
    }

    /** Where it was recorded; "" when unknown (a recording saved before pvdm remembered it). */
    public String host() {
        return host;
    }

    /** Whether the counters were synthetic; empty when unknown. */
    public Optional<Boolean> synthetic() {
        return Optional.ofNullable(synthetic);
    }

    /** The series, in the order given. */
    public List<SeriesKey> keys() {
        return List.copyOf(series.keySet());
    }

    public Optional<SeriesData> series(SeriesKey key) {
        return Optional.ofNullable(series.get(key));
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** The guest's name as recorded, or the UUID when the recording has no series of that guest. */
    public String guestName(String uuid) {
        return series.values().stream().filter(d -> d.key().guestUuid().equals(uuid)).map(SeriesData::guestName)
                .findFirst().orElse(uuid);
    }

    /** The series whose key passes {@code filter}, e.g. one guest's. */
    public Recording only(Predicate<SeriesKey> filter) {
        Recording r = new Recording(series.values().stream().filter(d -> filter.test(d.key())).toList());
        r.host = host;
        r.synthetic = synthetic;
        return r;
    }

    /** The CSV rows of the disk and NIC series, ordered by time, then by series. */
    public List<StatsRow> rows() {
        List<StatsRow> rows = new ArrayList<>();
        for (SeriesData d : series.values()) {
            if (d.key().kind() == SeriesKind.GUEST) {
                continue;
            }
            for (int i = 0; i < d.size(); i++) {
                double[] v = new double[Metric.CSV_COLUMNS.size()];
                for (int c = 0; c < v.length; c++) {
                    Metric metric = Metric.CSV_COLUMNS.get(c);
                    v[c] = metric.kind() == d.key().kind() ? d.value(metric, i) : Double.NaN;
                }
                rows.add(StatsRow.of(d.time(i), d.key(), d.guestName(), v));
            }
        }
        rows.sort(Comparator.comparing(StatsRow::time)); // stable: series order within a tick
        return rows;
    }

    /** A recording of CSV rows (the other metrics of each series stay NaN). */
    public static Recording ofRows(Collection<StatsRow> rows) {
        Map<SeriesKey, List<StatsRow>> byKey = new LinkedHashMap<>();
        for (StatsRow row : rows) {
            byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
        }
        List<SeriesData> data = new ArrayList<>();
        byKey.forEach((key, list) -> data.add(series(key, list)));
        return new Recording(data);
    }

    private static SeriesData series(SeriesKey key, List<StatsRow> rows) {
        List<Metric> metrics = Metric.of(key.kind());
        long[] times = new long[rows.size()];
        double[][] values = new double[metrics.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            StatsRow row = rows.get(i);
            Instant time = row.time();
            times[i] = time.toEpochMilli();
            for (int m = 0; m < metrics.size(); m++) {
                Metric metric = metrics.get(m);
                values[m][i] = metric.csvColumn() == null ? Double.NaN : row.value(metric);
            }
        }
        return new SeriesData(key, rows.get(0).guestName(), times, values);
    }
}
