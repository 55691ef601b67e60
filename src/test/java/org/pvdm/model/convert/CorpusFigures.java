package org.pvdm.model.convert;

import java.util.Map;
import java.util.TreeMap;

/** Corpus-wide counts for the report. */
final class CorpusFigures {
    final int files;
    int converted;
    int unchanged;
    int guestsRefused;
    int validBefore;
    int validAfter;
    int validBoth;
    String schemaSkipped = "";
    final Map<String, Integer> changes = new TreeMap<>();
    final Map<String, Integer> refusals = new TreeMap<>();

    CorpusFigures(int files) {
        this.files = files;
    }

    void add(Conversion c) {
        if (c.changed()) {
            converted++;
        } else {
            unchanged++;
        }
        if (c.guestRefused()) {
            guestsRefused++;
        }
        c.changes().forEach(ch -> changes.merge(ch.kind().label() + ": " + shape(ch.from(), ch.device())
                + " -> " + shape(ch.to(), ch.newName()), 1, Integer::sum));
        c.refused().forEach(r -> refusals.merge(ReasonKey.of(r), 1, Integer::sum));
    }

    private static String shape(String s, String name) {
        return s.isEmpty() ? "(none)" : s.replace(name, "NAME").replaceAll("scsi:\\d+", "scsi:N")
                .replaceAll("\\b(hd|sd|vd|xvd)[a-z]+\\b", "$1X");
    }

    void schema(boolean before, boolean after) {
        validBefore += before ? 1 : 0;
        validAfter += after ? 1 : 0;
        validBoth += before && after ? 1 : 0;
    }

    String report() {
        StringBuilder sb = new StringBuilder("# Corpus conversion (all convertible devices plus CD-ROMs)\n\n");
        sb.append("- files: ").append(files).append('\n');
        sb.append("- converted (at least one device switched): ").append(converted).append('\n');
        sb.append("- unchanged: ").append(unchanged).append('\n');
        sb.append("- guests refused as a whole: ").append(guestsRefused).append('\n');
        sb.append("- device changes: ").append(changes.values().stream().mapToInt(Integer::intValue).sum())
                .append("; refused devices: ").append(refusals.values().stream().mapToInt(Integer::intValue).sum())
                .append('\n');
        if (schemaSkipped.isEmpty()) {
            sb.append("- schema-valid before (virt-xml-validate): ").append(validBefore).append('\n');
            sb.append("- schema-valid after: ").append(validAfter).append(" (valid before and after: ")
                    .append(validBoth).append(")\n");
        } else {
            sb.append("- schema check ").append(schemaSkipped).append('\n');
        }
        sb.append("\n### Changes by kind\n\n| count | change |\n|---:|---|\n");
        changes.forEach((k, v) -> sb.append("| ").append(v).append(" | ").append(k).append(" |\n"));
        sb.append("\n### Refused devices by reason\n\n| count | reason |\n|---:|---|\n");
        refusals.forEach((k, v) -> sb.append("| ").append(v).append(" | ").append(k).append(" |\n"));
        return sb.toString();
    }
}
