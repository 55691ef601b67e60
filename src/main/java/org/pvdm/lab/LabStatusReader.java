package org.pvdm.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;

/** Reads what the lab has now: its marked guests, the bridge, the files of its state. */
final class LabStatusReader {
    private LabStatusReader() {}

    static LabStatus read(Host host, LabPaths paths) throws LabException {
        LabState state = LabState.load(paths.stateFile(), host.uri());
        List<LabGuestStatus> guests = new ArrayList<>();
        for (LabGuests.Found f : LabGuests.find(host)) {
            guests.add(guest(host, f, paths));
        }
        Bridge b = Bridge.lab();
        boolean exists = b.exists();
        LabBridgeStatus bridge = new LabBridgeStatus(b.name(), exists, exists && b.up(), exists && b.hasAddress(),
                state.bridgeCreated(), exists ? b.ports() : List.of());
        List<Path> files = LabDown.files(state, paths).stream().filter(Files::exists).toList();
        Accelerator accel = state.accelerator();
        if (accel == null && !guests.isEmpty()) {
            accel = Accelerator.ofType(guests.get(0).domainType());
        }
        return new LabStatus(host.uri(), accel, bridge, guests, files,
                Files.exists(paths.stamp()) ? paths.dir() : null);
    }

    private static LabGuestStatus guest(Host host, LabGuests.Found f, LabPaths paths) throws LabException {
        GuestSummary g = f.guest();
        String xml = f.xml();
        try {
            if (g.state().active()) {
                xml = host.liveXml(g.uuid());
            }
        } catch (HostException e) {
            // stopped meanwhile: the inactive definition says enough
        }
        String disk = "";
        String nic = "";
        String type = "";
        try {
            Domain d = Domain.parse(xml);
            type = d.type();
            Disk first = d.disks().stream().filter(x -> x.device().equals("disk")).findFirst().orElse(null);
            disk = first == null ? "none" : first.target() + " (" + first.bus() + ")";
            nic = d.nics().isEmpty() ? "none" : d.nics().get(0).model();
        } catch (XmlException e) {
            disk = "?";
        }
        Path log = paths.consoleLog(g.name());
        return new LabGuestStatus(g.name(), g.uuid(), f.role(), g.state(), type, disk, nic, log, ConsoleLog.read(log));
    }
}
