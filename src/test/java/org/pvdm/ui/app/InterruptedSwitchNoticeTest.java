package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.common.SyncTaskRunner;
import org.pvdm.ui.hosts.HostOpener;

/** The GUI, like the CLI, says at start which switches were cut off and how to finish or roll them back. */
class InterruptedSwitchNoticeTest {
    @TempDir
    Path tmp;

    @Test
    void aJournaledSwitchIsShownAtStart() throws Exception {
        org.pvdm.ui.UiTestSupport.needsLibvirt();
        BackupStore backups = new BackupStore(tmp.resolve("backups"));
        Journal.beside(backups).begin(new Journal.Entry("qemu:///system", "11111111-2222-3333-4444-555555555555",
                "web1", "20261130T030000.000Z", "sha256:00", Instant.now(),
                List.of(new Change("hda", DeviceKind.DISK, "ide hda", "virtio vda", "test")), "<domain/>"));
        RecordingDialogs dialogs = new RecordingDialogs();
        AppContext ctx = new AppContext(new SyncTaskRunner(), dialogs, new Settings(tmp.resolve("settings.properties")),
                HostOpener.libvirt(), null, backups);
        new MainViewModel(ctx).start("demo");
        List<String> shown = dialogs.infos.stream().filter(i -> i.startsWith("Interrupted switches")).toList();
        assertEquals(1, shown.size(), dialogs.infos.toString());
        assertTrue(shown.get(0).contains("web1 on qemu:///system was cut off")
                && shown.get(0).contains("pvdm recover web1 --connect qemu:///system"), shown.get(0));
    }
}
