package org.pvdm.cli;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.stats.Metric;

/**
 * One screen of {@code pvdm stats}: a block per guest, 38 columns wide, as many side by side as the width
 * allows (two in 80 columns), wrapping to further rows of blocks; one block under the other when narrower.
 * Within a row of blocks the disk and NIC sections start on the same line, so hda sits beside vda.
 *
 * <pre>
 * win2k3-fileserver                      | rhel7-jenkins
 * running  CPU 3.2 %  41.2 us/op         | running  CPU 1.1 %  9.80 us/op
 * disk hda                               | disk vda
 *  read  50.0 kB/s   100k ops/s 0.21 ms  |  read  50.0 kB/s   100k ops/s
 * </pre>
 */
final class LiveFrame {
    static final int BLOCK = 38;
    static final String GAP = " | ";

    private LiveFrame() {}

    /** The lines of one frame: header lines, rows of guest blocks, full reasons that did not fit. */
    static List<String> render(LiveState state, List<String> header, int width) {
        List<String> lines = new ArrayList<>(header);
        int perRow = Math.max(1, (width + GAP.length()) / (BLOCK + GAP.length()));
        List<List<List<String>>> blocks = new ArrayList<>();
        List<String> footer = new ArrayList<>();
        for (LiveState.Guest g : state.guests()) {
            blocks.add(block(g));
            if (!g.running() && ("  " + g.status).length() > BLOCK) {
                footer.add(g.name + ": " + g.status);
            }
        }
        for (int i = 0; i < blocks.size(); i += perRow) {
            lines.add("");
            lines.addAll(row(blocks.subList(i, Math.min(blocks.size(), i + perRow))));
        }
        if (!footer.isEmpty()) {
            lines.add("");
            lines.addAll(footer);
        }
        return lines;
    }

    /** Sections: [name + status], [disks], [NICs]. */
    static List<List<String>> block(LiveState.Guest g) {
        List<String> head = new ArrayList<>();
        head.add(fit(g.name));
        head.add(fit(g.running() ? status(g) : g.status));
        List<String> disks = new ArrayList<>();
        for (LiveState.Device d : g.disks()) {
            disks.add(fit("disk " + d.key().device() + reason(d, g)));
            disks.add(fit(diskRow("read", d, Metric.RD_BYTES_S, Metric.RD_OPS_S, Metric.RD_LATENCY_MS)));
            disks.add(fit(diskRow("write", d, Metric.WR_BYTES_S, Metric.WR_OPS_S, Metric.WR_LATENCY_MS)));
        }
        List<String> nics = new ArrayList<>();
        for (LiveState.Device d : g.nics()) {
            nics.add(fit("nic " + d.key().device() + reason(d, g)));
            nics.add(fit(nicRow("rx", d, Metric.RX_BYTES_S, Metric.RX_PKTS_S)));
            nics.add(fit(nicRow("tx", d, Metric.TX_BYTES_S, Metric.TX_PKTS_S)));
            double errs = value(d, Metric.ERRS_S);
            double drops = value(d, Metric.DROPS_S);
            if (errs > 0 || drops > 0) {
                nics.add(fit(" errors " + Units.number(errs) + "/s, drops " + Units.number(drops) + "/s"));
            }
        }
        return List.of(head, disks, nics);
    }

    private static String status(LiveState.Guest g) {
        String s = "running  CPU " + Units.percent(g.cpuPercent);
        return Double.isNaN(g.cpuNsPerOp) ? s : s + "  " + Units.nanos(g.cpuNsPerOp) + "/op";
    }

    private static String reason(LiveState.Device d, LiveState.Guest g) {
        return d.reason() == null || d.reason().equals(g.status) ? "" : "  (" + d.reason() + ")";
    }

    private static String diskRow(String label, LiveState.Device d, Metric bytes, Metric ops, Metric latency) {
        double ms = value(d, latency);
        return String.format(" %-5s%10s%13s%8s", label, Units.bytes(value(d, bytes)), Units.ops(value(d, ops)),
                Double.isNaN(ms) ? "" : Units.millis(ms));
    }

    private static String nicRow(String label, LiveState.Device d, Metric bytes, Metric packets) {
        return String.format(" %-5s%10s%13s", label, Units.bytes(value(d, bytes)), Units.packets(value(d, packets)));
    }

    private static double value(LiveState.Device d, Metric metric) {
        return d.sample() == null ? Double.NaN : d.sample().value(metric);
    }

    /** Blocks side by side; each section padded to the tallest of the row so sections line up. */
    static List<String> row(List<List<List<String>>> blocks) {
        List<String> out = new ArrayList<>();
        for (int section = 0; section < 3; section++) {
            int height = 0;
            for (List<List<String>> b : blocks) {
                height = Math.max(height, b.get(section).size());
            }
            for (int line = 0; line < height; line++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < blocks.size(); i++) {
                    List<String> lines = blocks.get(i).get(section);
                    String text = line < lines.size() ? lines.get(line) : "";
                    sb.append(i == 0 ? "" : GAP).append(i == blocks.size() - 1 ? text : pad(text));
                }
                out.add(sb.toString().stripTrailing());
            }
        }
        return out;
    }

    /** Cuts a line to the block width, marking the cut with "..". */
    static String fit(String text) {
        String t = text.stripTrailing();
        return t.length() <= BLOCK ? t : t.substring(0, BLOCK - 2) + "..";
    }

    private static String pad(String text) {
        return text + " ".repeat(Math.max(0, BLOCK - text.length()));
    }
}
