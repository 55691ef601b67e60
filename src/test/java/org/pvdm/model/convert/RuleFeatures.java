package org.pvdm.model.convert;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.model.domain.Domain;

/**
 * Which rules a domain exercises: its flavour, every verdict (kind, bus or model, status, reason) and every
 * change and refusal under the usual selections, with device names taken out. Used to prove that the
 * shipped corpus slice exercises every rule the full corpus does.
 */
final class RuleFeatures {
    private static final List<Selection> SELECTIONS = List.of(Selection.all().withCdroms(), Selection.all(),
            Selection.all().only(Selection.Only.DISKS), Selection.all().only(Selection.Only.NICS));

    private RuleFeatures() {}

    static Set<String> of(Domain domain) {
        Set<String> out = new TreeSet<>();
        out.add("flavour:" + domain.flavour());
        String flavour = domain.flavour() + ":";
        for (DeviceReport d : Classifier.classify(domain).devices()) {
            out.add("report:" + flavour + d.kind() + ":" + d.busOrModel().toLowerCase(Locale.ROOT) + ":" + d.status()
                    + (d.convertible() ? ":convertible" : ""));
            out.add("reason:" + d.kind() + ":" + anonymous(d.reason(), d.name()) + " => "
                    + anonymous(d.suggestion(), d.name()));
        }
        for (Selection sel : SELECTIONS) {
            Conversion c = Converter.convert(domain, sel);
            c.changes().forEach(ch -> out.add("change:" + flavour + ch.kind() + ":" + anonymous(ch.from(), ch.device())
                    + " -> " + anonymous(ch.to(), ch.newName())));
            c.refused().forEach(r -> out.add("refusal:" + r.kind() + ":" + anonymous(r.reason(), r.device())));
        }
        return out;
    }

    /** Device names, controller indexes and MACs out, so that one rule gives one feature. */
    static String anonymous(String s, String name) {
        String t = name == null || name.isEmpty() ? s : s.replace(name, "NAME");
        return t.replaceAll("scsi:\\d+", "scsi:N").replaceAll("\\b(hd|sd|vd|xvd)[a-z]+\\b", "$1X")
                .replaceAll("([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}", "MAC");
    }
}
