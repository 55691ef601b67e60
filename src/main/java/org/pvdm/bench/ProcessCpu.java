package org.pvdm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The process's CPU time (all threads: JIT and GC included) and the machine's load, to read wall times by. */
final class ProcessCpu {
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {}

    /** CPU nanoseconds used by this process so far, -1 when the JVM cannot tell. */
    static long nanos() {
        if (OS instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }
}
