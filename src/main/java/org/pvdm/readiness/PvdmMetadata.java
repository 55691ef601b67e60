package org.pvdm.readiness;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;

/**
 * What pvdm remembers in a guest's own definition, so it survives pvdm restarts and shows on other hosts:
 * {@code <metadata><pvdm:switch xmlns:pvdm='https://pvdm.org/switch/1'>} holding the admin's confirmations
 * ({@code <confirmed kind='disk' at='...'/>}), trial results ({@code <trial kind= result= at= detail=/>}) and
 * the stage of a staged switch ({@code <stage number= temp-disk= temp-image=/>}). Reads never trust it
 * further than a verdict: a bad time or number is ignored, never followed.
 */
public final class PvdmMetadata {
    public static final String NAMESPACE = "https://pvdm.org/switch/1";
    private static final String PREFIX = "pvdm";

    /** A trial's recorded outcome. */
    public record Trial(PvKind kind, boolean passed, Instant at, String detail) {}

    /** Stage 1 of a staged switch is applied: the temporary disk waits for the driver to bind. */
    public record Stage(int number, String tempDisk, String tempImage) {}

    private final Domain domain;

    public PvdmMetadata(Domain domain) {
        this.domain = domain;
    }

    public Optional<Instant> confirmed(PvKind kind) {
        return holder().flatMap(h -> h.elements("confirmed").stream()
                .filter(e -> kind.label().equals(e.attr("kind"))).map(e -> time(e.attr("at")))
                .flatMap(Optional::stream).reduce((a, b) -> b));
    }

    public List<Trial> trials() {
        List<Trial> out = new ArrayList<>();
        for (XmlElement e : holder().map(h -> h.elements("trial")).orElse(List.of())) {
            Optional<PvKind> kind = kind(e.attr("kind"));
            Optional<Instant> at = time(e.attr("at"));
            if (kind.isPresent() && at.isPresent()) {
                out.add(new Trial(kind.get(), "pass".equals(e.attr("result")), at.get(),
                        e.optAttr("detail").orElse("")));
            }
        }
        return out;
    }

    public Optional<Stage> stage() {
        return holder().flatMap(h -> h.child("stage")).flatMap(e -> {
            if (!"1".equals(e.attr("number"))) {
                return Optional.empty();
            }
            return Optional.of(new Stage(1, e.optAttr("temp-disk").orElse(""), e.optAttr("temp-image").orElse("")));
        });
    }

    /** Records the admin's confirmation (replacing an older one of the same kind). */
    public void confirm(PvKind kind, Instant at) {
        XmlElement h = ensureHolder();
        h.elements("confirmed").stream().filter(e -> kind.label().equals(e.attr("kind"))).toList()
                .forEach(h::removeElement);
        h.addElement("confirmed").setAttr("kind", kind.label()).setAttr("at", at.toString());
    }

    /** Records a trial's outcome (replacing an older one of the same kind). */
    public void recordTrial(Trial t) {
        XmlElement h = ensureHolder();
        h.elements("trial").stream().filter(e -> t.kind().label().equals(e.attr("kind"))).toList()
                .forEach(h::removeElement);
        h.addElement("trial").setAttr("kind", t.kind().label()).setAttr("result", t.passed() ? "pass" : "fail")
                .setAttr("at", t.at().toString()).setAttr("detail", t.detail());
    }

    public void setStage(Stage s) {
        clearStage();
        // No time here: a saved plan must make the same diff when it is applied later.
        ensureHolder().addElement("stage").setAttr("number", Integer.toString(s.number()))
                .setAttr("temp-disk", s.tempDisk()).setAttr("temp-image", s.tempImage());
    }

    public void clearStage() {
        holder().ifPresent(h -> h.elements("stage").forEach(h::removeElement));
    }

    private Optional<XmlElement> holder() {
        return domain.root().child("metadata").flatMap(m -> m.elements().stream()
                .filter(e -> e.localName().equals("switch") && NAMESPACE.equals(e.namespaceUri())).findFirst());
    }

    private XmlElement ensureHolder() {
        Optional<XmlElement> h = holder();
        if (h.isPresent()) {
            return h.get();
        }
        XmlElement root = domain.root();
        XmlElement metadata = root.child("metadata").orElseGet(() -> {
            Optional<XmlElement> after = root.child("uuid").or(() -> root.child("name"));
            return after.isPresent() ? root.addElementAfter(after.get(), "metadata") : root.addElement("metadata");
        });
        XmlElement created = metadata.addElement(PREFIX + ":switch");
        created.setAttr("xmlns:" + PREFIX, NAMESPACE);
        return created;
    }

    private static Optional<PvKind> kind(String label) {
        for (PvKind k : PvKind.values()) {
            if (k.label().equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> time(String s) {
        if (s == null || s.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
