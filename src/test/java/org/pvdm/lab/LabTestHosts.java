package org.pvdm.lab;


import java.nio.file.Files;
import java.nio.file.Path;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.testsupport.Needs;

/** libvirt's test driver for the lab's unit tests: a node file of its own, so each connection starts afresh. */
final class LabTestHosts {
    private LabTestHosts() {}

    /** A host with one ordinary guest named "plain" (not the lab's). */
    static Host open(Path dir) throws Exception {
        Needs.libvirt0();
        Path node = dir.resolve("node.xml");
        Files.writeString(node, """
                <node>
                  <domain type='qemu'>
                    <name>plain</name>
                    <memory unit='MiB'>128</memory>
                    <os><type arch='x86_64'>hvm</type></os>
                  </domain>
                </node>
                """);
        return LibvirtHosts.open("test://" + node.toAbsolutePath(), true);
    }
}
