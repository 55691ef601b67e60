package org.pvdm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pvdm.readiness.Evidence;
import org.pvdm.readiness.KindReadiness;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.readiness.DriverReadiness;

/** Driver readiness in text and JSON (inspect): per kind a verdict and every piece of evidence. */
final class ReadinessText {
    private ReadinessText() {}

    static String text(DriverReadiness r, Optional<PvdmMetadata.Stage> stage, String guest) {
        StringBuilder sb = new StringBuilder("\nDriver readiness (for paravirtual devices):\n");
        for (KindReadiness k : r.kinds()) {
            String head = String.format("  %-5s %-10s", k.kind().label(), k.verdict().label());
            for (int i = 0; i < k.evidence().size(); i++) {
                sb.append(i == 0 ? head : " ".repeat(head.length())).append(' ')
                        .append(k.evidence().get(i)).append('\n');
            }
        }
        stage.ifPresent(s -> sb.append("\nStaged switch: stage 1 applied (temporary disk ")
                .append(s.tempDisk()).append(", image ").append(s.tempImage()).append("). Next: boot ").append(guest)
                .append(" so Windows binds the driver (install it from the driver ISO if needed), shut it down, then"
                        + " pvdm convert ").append(guest).append(" --yes (add --drivers-installed if its guest agent"
                        + " cannot show the driver)\n"));
        return sb.toString();
    }

    static Map<String, Object> json(DriverReadiness r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (KindReadiness k : r.kinds()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("verdict", k.verdict().label());
            List<Map<String, Object>> ev = new ArrayList<>();
            for (Evidence e : k.evidence()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("source", e.source());
                x.put("finding", e.finding().label());
                x.put("text", e.text());
                ev.add(x);
            }
            one.put("evidence", ev);
            m.put(k.kind().label(), one);
        }
        return m;
    }

    static Map<String, Object> stageJson(PvdmMetadata.Stage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", s.number());
        m.put("tempDisk", s.tempDisk());
        m.put("tempImage", s.tempImage());
        return m;
    }
}
