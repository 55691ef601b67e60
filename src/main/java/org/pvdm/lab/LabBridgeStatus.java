package org.pvdm.lab;

import java.util.List;

/**
 * The lab bridge as it is now.
 *
 * @param madeByLab the lab's state says it created the bridge (so lab down removes it)
 * @param ports     the attached interfaces (the running guests' taps)
 */
public record LabBridgeStatus(String name, boolean exists, boolean up, boolean hasAddress, boolean madeByLab,
                              List<String> ports) {
    public LabBridgeStatus {
        ports = List.copyOf(ports);
    }

    /** "pvdmlab0 up, 10.77.0.1/24, 2 ports (vnet0, vnet1)" or "pvdmlab0 missing". */
    public String describe() {
        if (!exists) {
            return name + " missing";
        }
        return name + (up ? " up" : " down") + ", " + (hasAddress ? LabNet.HOST_CIDR : "no address") + ", "
                + ports.size() + (ports.size() == 1 ? " port" : " ports") + (ports.isEmpty() ? ""
                : " (" + String.join(", ", ports) + ")") + (madeByLab ? "" : ", not made by the lab");
    }
}
