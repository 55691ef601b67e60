package org.pvdm.lab.bench;

import java.util.List;
import java.util.Map;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.lab.LabTwin;

/**
 * The lab's twins side by side (docs/benchmarks.md, "Lab: paravirtual vs emulated"): samples the counters of
 * pvdm-lab-emulated and pvdm-lab-pv over the same window, RUNS times, and prints the rates and PV/emulated
 * ratios. Needs a running lab (pvdm lab up). Not a test: surefire does not run it.
 *
 * <pre>java -cp target/classes:target/test-classes:CLASSPATH org.pvdm.lab.bench.LabBench [seconds (30)] [runs (3)]</pre>
 */
public final class LabBench {
    private LabBench() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String emu = LabTwin.EMULATED.guestName();
        String pv = LabTwin.PV.guestName();
        try (Host host = LibvirtHosts.open(System.getProperty("pvdm.lab.uri", "qemu:///system"), false)) {
            for (int i = 1; i <= runs; i++) {
                double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                Map<String, TwinRates> r = TwinRates.measure(host, List.of(emu, pv), seconds);
                TwinRates e = r.get(emu);
                TwinRates p = r.get(pv);
                System.out.printf("run %d (%.0f s, load average %.1f)%n  %s%n  %s%n", i, seconds, load, e, p);
                System.out.printf("  PV/emulated: small random writes (4 KiB req/s) %.2fx, sequential read MB/s %.2fx,"
                        + " NIC bytes/s %.2fx, CPU per disk request %.2fx%n", p.wrOps() / e.wrOps(),
                        p.rdBytes() / e.rdBytes(), p.nicBytes() / e.nicBytes(), p.cpuPerIoUs() / e.cpuPerIoUs());
            }
        }
    }
}
