package org.pvdm.host;

import java.util.List;

/**
 * Cumulative counters of one guest.
 *
 * @param cpuTimeNs total CPU time used by the guest, or -1 when unknown
 */
public record GuestCounters(String uuid, String name, GuestState state, long cpuTimeNs, int vcpus,
                            List<BlockCounters> disks, List<NetCounters> nics) {}
