package org.pvdm.testsupport;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.pvdm.host.libvirt.LibvirtHosts;

/**
 * What a test needs from the machine. On a developer's machine a missing piece skips the test with a message
 * naming it; in CI ({@code CI=true}, as every CI service sets it) the same gap fails the build, since a CI
 * run that skipped them would prove nothing about libvirt.
 */
public final class Needs {
    private Needs() {}

    /** libvirt's client library (package libvirt0), which every test against a real driver loads. */
    public static void libvirt0() {
        Optional<String> why = LibvirtHosts.unavailableReason();
        present(why.isEmpty(), () -> "libvirt.so.0 (package libvirt0) is needed: " + why.orElse("")
                + " (apt-get install libvirt0)");
    }

    /** A running libvirtd: {@code problem} is what opening it said, empty when it answered. */
    public static void libvirtd(String uri, String problem) {
        present(problem.isEmpty(), () -> "no libvirtd at " + uri + " (scripts/test starts one as root: virtlogd -d;"
                + " libvirtd -d): " + problem);
    }

    /** Skips with "skipped: WHAT", or fails in CI. */
    public static void present(boolean present, Supplier<String> what) {
        check(present, what, inCi());
    }

    static void check(boolean present, Supplier<String> what, boolean ci) {
        if (present) {
            return;
        }
        if (ci) {
            Assertions.fail("CI=true and a test prerequisite is missing: " + what.get());
        }
        Assumptions.abort("skipped: " + what.get());
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
