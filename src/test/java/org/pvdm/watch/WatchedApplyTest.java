package org.pvdm.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.switching.Plan;

class WatchedApplyTest {
    @Test
    void onlySwitchedDisksAreWatchedNotTheStageDiskAddedOrRemoved() {
        List<Change> changes = List.of(
                new Change("hda", DeviceKind.DISK, "ide hda", "virtio vda", "switched"),
                new Change("vdb", DeviceKind.DISK, "", "virtio vdb", "temporary disk added"),
                new Change("vdc", DeviceKind.DISK, "virtio vdc", "removed", "temporary disk removed"),
                new Change("52:54:00:00:00:01", DeviceKind.NIC, "e1000", "virtio", "nic"));
        Plan p = new Plan("qemu:///system", "g", "u", "sha256:x", changes, List.of(), "", List.of(), "", "", true);
        assertEquals(List.of("vda"), WatchedApply.watchedDisks(p));
    }
}
