package org.pvdm.host;

import java.util.Collection;

/**
 * Reads raw cumulative I/O counters. One call per sampler tick. Implementations use one bulk
 * virConnectGetAllDomainStats call where the driver returns block and net groups, and per-device
 * virDomainBlockStats/virDomainInterfaceStats calls where it does not (test driver, old hosts).
 */
public interface StatsSource {

    /**
     * Counters of the given running guests (UUIDs); an empty collection means every running guest.
     * A guest that is gone or stopped is simply absent from the snapshot (or present with its state).
     */
    CounterSnapshot sample(Collection<String> uuids) throws HostException;
}
