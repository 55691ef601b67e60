package org.pvdm.host;

/**
 * Cumulative counters of one NIC since the guest started, seen from the guest; -1 = not reported.
 *
 * @param mac    the NIC's MAC address, lower case: the name pvdm uses for a NIC everywhere
 * @param hostDevice the host-side device (vnet0) libvirt reports counters under
 */
public record NetCounters(String mac, String hostDevice, long rxBytes, long rxPackets, long rxErrs, long rxDrop,
                          long txBytes, long txPackets, long txErrs, long txDrop) {}
