package org.pvdm.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.Metric;
import org.pvdm.stats.Recording;
import org.pvdm.stats.SeriesData;
import org.pvdm.stats.SeriesKey;

class HtmlReportTest {
    private static SeriesData disk(String uuid, String guest, String dev, double ops) {
        int n = Metric.of(SeriesKey.disk(uuid, dev).kind()).size();
        double[][] v = new double[n][3];
        for (int m = 0; m < n; m++) {
            v[m] = new double[] {ops, ops, ops};
        }
        return new SeriesData(SeriesKey.disk(uuid, dev), guest, new long[] {0, 1000, 2000}, v);
    }

    @Test
    void beforeAfterReportPairsAsToldAndEscapesNames() {
        Recording before = new Recording(List.of(disk("u", "<b>evil</b>", "hda", 100), disk("u", "<b>evil</b>", "hdb", 10)))
                .from("qemu:///system", false);
        Recording after = new Recording(List.of(disk("u", "<b>evil</b>", "sdb", 20), disk("u", "<b>evil</b>", "vda", 200)))
                .from("qemu:///system", false);
        ReportInput in = new ReportInput("<b>evil</b> before and after", new ReportInput.Side("before", "kept", before),
                new ReportInput.Side("after", "live", after),
                List.of(new Comparison.Pair(SeriesKey.disk("u", "hda"), SeriesKey.disk("u", "vda")),
                        new Comparison.Pair(SeriesKey.disk("u", "hdb"), SeriesKey.disk("u", "sdb"))),
                List.of("hda -> vda, hdb -> sdb at 12:00:00"), List.of("Interval: every 1 s"), Instant.EPOCH);
        String page = HtmlReport.render(in);
        assertFalse(page.contains("<b>evil"), "names from guest XML are escaped");
        assertTrue(page.contains("&lt;b&gt;evil"));
        assertTrue(page.contains("<td class='l'>vda</td><td class='l'>hda</td><td class='l'>read ops/s</td><td><b>2x</b>"), page);
        assertTrue(page.contains("<td class='l'>sdb</td><td class='l'>hdb</td><td class='l'>read ops/s</td><td><b>2x</b>"), page);
        assertFalse(page.contains("id='synthetic'"), "real counters: no notice");
        assertTrue(page.contains("hda -&gt; vda, hdb -&gt; sdb at 12:00:00"));
    }
}
