package org.pvdm.readiness;

import java.util.List;

/** The verdict for one kind of paravirtual device and every piece of evidence behind it. */
public record KindReadiness(PvKind kind, ReadyVerdict verdict, List<Evidence> evidence) {
    public KindReadiness {
        evidence = List.copyOf(evidence);
    }

    /** The evidence that decided the verdict, or the first said when none did. */
    public String because() {
        return evidence.stream().filter(e -> e.finding() == verdict).findFirst()
                .or(() -> evidence.stream().findFirst()).map(Evidence::toString).orElse("no source could tell");
    }
}
