package org.pvdm.readiness;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a guest agent showed, read-only: the OS, and either the Windows PCI devices with their drivers or the
 * Linux modules loaded and built in. {@code silence} says why the agent told nothing ("" when it answered).
 */
public record AgentFacts(String silence, String osId, String osName, String kernel,
                         List<AgentReplies.PciDevice> devices, Set<String> modules, boolean modulesRead) {

    public AgentFacts {
        devices = List.copyOf(devices);
        modules = Set.copyOf(modules);
    }

    static AgentFacts silent(String why) {
        return new AgentFacts(why, "", "", "", List.of(), Set.of(), false);
    }

    public boolean answered() {
        return silence.isEmpty();
    }

    public boolean windows() {
        return osId.equals("mswindows");
    }

    /** What the agent tells about one kind of driver; empty when it did not answer at all. */
    Optional<Evidence> find(PvKind kind) {
        if (!answered()) {
            return Optional.of(new Evidence(Evidence.AGENT, ReadyVerdict.UNKNOWN, silence));
        }
        String os = osName.isEmpty() ? osId : osName;
        if (windows()) {
            return Optional.of(devices.stream()
                    .filter(d -> d.vendor().equals(PvKind.VIRTIO_VENDOR) && kind.pciDevices().contains(d.device())
                            && !d.driverName().isEmpty()).findFirst()
                    .map(d -> new Evidence(Evidence.AGENT, ReadyVerdict.READY, os + ": " + d.driverName()
                            + (d.driverVersion().isEmpty() ? "" : " " + d.driverVersion()) + " is bound to virtio device "
                            + d.vendor() + "/" + d.device() + " (guest agent, guest-get-devices)"))
                    .orElse(new Evidence(Evidence.AGENT, ReadyVerdict.UNKNOWN, os + ": no virtio "
                            + OsinfoSource.device(kind) + " device with a driver in guest-get-devices (" + kind.windowsDriver()
                            + " binds only once such a device is attached)")));
        }
        if (!modulesRead) {
            return Optional.of(new Evidence(Evidence.AGENT, ReadyVerdict.UNKNOWN, os + ": the agent answered but"
                    + " could not read /proc/modules"));
        }
        String module = kind.linuxModule();
        if (modules.contains(module)) {
            return Optional.of(new Evidence(Evidence.AGENT, ReadyVerdict.READY, os + ": " + module + " is loaded in kernel "
                    + kernel + " (guest agent, /proc/modules)"));
        }
        return Optional.of(new Evidence(Evidence.AGENT, ReadyVerdict.UNKNOWN, os + ": " + module + " is not loaded in"
                + " kernel " + kernel + " (guest agent, /proc/modules); whether the initramfs holds it cannot be seen:"
                + " pvdm try tests it on a clone"));
    }
}
