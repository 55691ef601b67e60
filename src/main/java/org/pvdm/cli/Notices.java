package org.pvdm.cli;

import org.pvdm.host.DemoHost;
import org.pvdm.host.Host;
import picocli.CommandLine.Model.CommandSpec;

/** Lines that tell the admin what kind of host this is, on stderr so stdout stays parseable. */
final class Notices {
    private Notices() {}

    static void demo(Host host, CommandSpec spec) {
        if (DemoHost.isDemo(host.uri())) {
            spec.commandLine().getErr().println("note: " + DemoHost.NOTICE + ".");
        } else if (host.syntheticCounters()) {
            spec.commandLine().getErr().println("note: " + host.uri()
                    + " is libvirt's test driver: its state lives in this process and its I/O counters are synthetic.");
        }
    }
}
