package org.pvdm.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.switching.BackupStore;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.ManualTaskRunner;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostOpener;

/**
 * The host the window shows is listed and subscribed to once, by its own node: the window's placeholder guest
 * list (shown when no host is) followed the shown host too, listed it a second time, judged every guest again and
 * held a second event subscription whose removal raced the host's close on another thread.
 */
class ShownHostReadOnceTest {
    @TempDir
    Path tmp;

    @Test
    void theShownHostIsListedAndSubscribedToOnce() {
        FakeHost host = new FakeHost("fake:///a", false);
        host.add(GuestXml.emulated("a-ide"), GuestState.RUNNING);
        ManualTaskRunner runner = new ManualTaskRunner();
        MainViewModel vm = new MainViewModel(new AppContext(runner, new RecordingDialogs(),
                new Settings(tmp.resolve("settings.properties")), new HostOpener((u, w, p) -> host), null,
                new BackupStore(tmp.resolve("backups"))));
        ConnectionEntry a = ConnectionEntry.of("fake:///a");

        vm.connections().connect(a);
        runner.runAll();

        assertSame(vm.hosts().find(a).guests(), vm.guests(), "the host is shown");
        assertEquals(1, vm.guests().all().size());
        assertEquals(1, host.calls("guests"), "listed once");
        assertEquals(1, host.calls("allDefinitions"), "judged once");
        assertEquals(1, host.calls("onLifecycle"), "subscribed to once");
    }
}
