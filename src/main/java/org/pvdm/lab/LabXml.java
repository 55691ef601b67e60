package org.pvdm.lab;

import java.nio.file.Path;
import java.util.Optional;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.model.xml.XmlException;

/**
 * The lab guests' domain XML (the definition README.md in the lab resources documents as booting), and the mark
 * that tells a lab guest from any other: {@code <metadata><pvdm:lab xmlns:pvdm='https://pvdm.org/lab/1'/>}.
 */
public final class LabXml {
    public static final String NAMESPACE = "https://pvdm.org/lab/1";
    static final String PROBE_NAME = "pvdm-lab-kvmprobe";

    private LabXml() {}

    /** A twin: direct kernel boot, one raw data disk, one NIC on the lab bridge, a logged serial console. */
    static String twin(LabTwin t, String domainType, LabPaths paths) {
        String devices = """
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='raw' cache='none'/>
                      <source file='%s'/>
                      <target dev='%s' bus='%s'/>
                    </disk>
                    <interface type='bridge'>
                      <mac address='%s'/>
                      <source bridge='%s'/>
                      <model type='%s'/>
                    </interface>
                """.formatted(esc(paths.image(t)), t.target(), t.bus(), t.mac(), LabNet.BRIDGE, t.nicModel());
        String cmdline = "console=ttyS0 quiet pvdm.ip=" + t.ip() + "/24 pvdm.peer=" + LabNet.HOST_ADDRESS;
        return domain(t.guestName(), t.role(), domainType, paths.initrd(t), cmdline, devices, paths);
    }

    /** The KVM test boot: the lab kernel and initramfs alone, no disk, no NIC. */
    static String probe(LabPaths paths) {
        return domain(PROBE_NAME, "probe", "kvm", paths.initrd(LabTwin.PV), "console=ttyS0 quiet", "", paths);
    }

    private static String domain(String name, String role, String type, Path initrd, String cmdline, String devices,
                                 LabPaths paths) {
        return """
                <domain type='%s'>
                  <name>%s</name>
                  <metadata>
                    <pvdm:lab xmlns:pvdm='%s' role='%s'/>
                  </metadata>
                  <memory unit='MiB'>%d</memory>
                  <vcpu>%d</vcpu>
                  <os>
                    <type arch='x86_64' machine='pc'>hvm</type>
                    <kernel>%s</kernel>
                    <initrd>%s</initrd>
                    <cmdline>%s</cmdline>
                  </os>
                  <features><acpi/><apic/></features>
                  <on_poweroff>destroy</on_poweroff>
                  <on_reboot>restart</on_reboot>
                  <on_crash>destroy</on_crash>
                  <devices>
                %s    <serial type='pty'>
                      <log file='%s' append='off'/>
                      <target port='0'/>
                    </serial>
                    <console type='pty'><target type='serial' port='0'/></console>
                    <channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>
                  </devices>
                </domain>
                """.formatted(type, name, NAMESPACE, role, LabTwin.MEMORY_MIB, LabTwin.VCPUS, esc(paths.kernel()),
                esc(initrd), cmdline, devices, esc(paths.consoleLog(name)));
    }

    /** The role in a definition's lab mark ("emulated", "pv", "novirtio", "probe"), empty for any other guest. */
    public static Optional<String> labRole(String xml) {
        if (xml == null || !xml.contains(NAMESPACE)) {
            return Optional.empty();
        }
        try {
            Optional<XmlElement> metadata = Domain.parse(xml).root().child("metadata");
            if (metadata.isEmpty()) {
                return Optional.empty();
            }
            for (XmlElement e : metadata.get().elements()) {
                if (NAMESPACE.equals(e.namespaceUri()) && e.localName().equals("lab")) {
                    return Optional.of(e.optAttr("role").orElse(""));
                }
            }
            return Optional.empty();
        } catch (XmlException e) {
            return Optional.empty();
        }
    }

    private static String esc(Path p) {
        return p.toString().replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
