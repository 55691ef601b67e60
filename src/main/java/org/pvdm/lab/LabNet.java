package org.pvdm.lab;

/** The lab's isolated network: one bridge with no uplink, the host side at .1, the guests at .11 and up. */
public final class LabNet {
    public static final String BRIDGE = "pvdmlab0";
    static final String PREFIX = "10.77.0.";
    public static final String HOST_ADDRESS = PREFIX + "1";
    public static final String HOST_CIDR = HOST_ADDRESS + "/24";

    private LabNet() {}
}
