package org.pvdm.lab;

import java.nio.file.Path;
import org.pvdm.host.GuestState;

/**
 * One lab guest.
 *
 * @param role       emulated, pv, novirtio (or probe: a KVM test guest left behind)
 * @param domainType kvm or qemu (TCG)
 * @param disk       the data disk as defined now, e.g. "hda (ide)" or "vda (virtio)"
 * @param nic        the NIC model as defined now, e.g. "e1000"
 * @param console    what the guest said on its console during its current (or last) boot
 */
public record LabGuestStatus(String name, String uuid, String role, GuestState state, String domainType,
                             String disk, String nic, Path consoleLog, ConsoleLog console) {

    public boolean running() {
        return state.active();
    }
}
