package org.pvdm.ui.stats;

/**
 * The host of each side of the comparison and whether its counters are synthetic (libvirt's test driver):
 * recordings, reports and the exported image name both.
 */
record SideHosts(String a, boolean syntheticA, String b, boolean syntheticB) {

    boolean anySynthetic() {
        return syntheticA || syntheticB;
    }

    /** "demo host"; "demo host (left), qemu:///system (right)" when the sides are on different hosts. */
    String label() {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return a.isEmpty() ? b : a;
        }
        return a + " (left), " + b + " (right)";
    }
}
