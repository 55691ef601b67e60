package org.pvdm.ui.hosts;

/** The kinds of connection the "Add connection" dialog builds a URI for. */
public enum ConnectionKind {
    QEMU_SYSTEM("QEMU/KVM on this machine (system)"),
    QEMU_SESSION("QEMU/KVM on this machine (my user session)"),
    QEMU_SSH("QEMU/KVM on another machine, over SSH"),
    XEN("Xen (this machine, or another over SSH)"),
    CUSTOM("Any libvirt URI");

    private final String label;

    ConnectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when the kind uses the user / host / port fields. */
    public boolean remote() {
        return this == QEMU_SSH || this == XEN;
    }
}
