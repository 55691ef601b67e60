package org.pvdm.host;

/**
 * Cumulative counters of one disk since the guest started; -1 = not reported by this host.
 *
 * @param device the target dev (hda, vda, sdb...)
 */
public record BlockCounters(String device, long rdReqs, long rdBytes, long wrReqs, long wrBytes,
                            long rdTimesNs, long wrTimesNs, long errors) {}
