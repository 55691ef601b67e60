package org.pvdm.ui.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.ManualTaskRunner;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostSession;

/** The switch dialog's view model on a fake host, with the background work run step by step. */
class SwitchViewModelTest {
    @TempDir
    Path tmp;

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final FakeHost host = new FakeHost();
    private final List<String> changed = new ArrayList<>();
    private final List<ApplyResult> applied = new ArrayList<>();
    private final String original = GuestXml.emulated("web");
    private BackupStore backups;
    private SwitchViewModel vm;

    @BeforeEach
    void plan() {
        GuestSummary guest = host.add(original, GuestState.SHUTOFF);
        backups = new BackupStore(tmp);
        SwitchService service = new SwitchService(new HostSession(ConnectionEntry.of(host.uri()), host, ""), backups);
        vm = new SwitchViewModel(runner, service, guest, List.of(), new SwitchListener() {
            @Override
            public void changed(String uuid) {
                changed.add(uuid);
            }

            @Override
            public void applied(ApplyResult result) {
                applied.add(result);
            }
        });
        vm.replan();
        runner.runAll();
        assertEquals(Phase.PLANNED, vm.phaseProperty().get(), vm.messageProperty().get());
        assertTrue(vm.canApply().get(), vm.messageProperty().get());
    }

    @Test
    void anOptionChangedWhileApplyingDoesNotReplaceThePlanBeingApplied() throws Exception {
        Plan applying = vm.planProperty().get();
        vm.apply();
        assertEquals(Phase.APPLYING, vm.phaseProperty().get());

        vm.forceProperty().set(true);
        vm.replan();
        assertEquals(Phase.APPLYING, vm.phaseProperty().get(), "the apply is still running");
        assertFalse(vm.canApply().get(), "a second apply cannot start meanwhile");

        runner.runAll();
        assertEquals(Phase.APPLIED, vm.phaseProperty().get(), vm.messageProperty().get());
        assertSame(applying, vm.planProperty().get(), "the plan shown is the one applied");
        assertNotNull(vm.resultProperty().get(), "the result (and its Roll back) stays");
        assertEquals(1, host.calls("define"), "defined once");
        assertEquals(List.of(GuestXml.uuidOf("web")), changed);
        assertEquals(1, applied.size());
        assertTrue(host.inactiveXml(GuestXml.uuidOf("web")).contains("bus='virtio'"));
    }

    @Test
    void aFailedApplySaysWhatFailedAndLeavesTheDefinitionAsItWas() throws Exception {
        host.failNext("define", new HostException(HostException.Kind.OTHER, "unsupported configuration: no room"));
        vm.apply();
        runner.runAll();

        assertEquals(Phase.FAILED, vm.phaseProperty().get());
        assertNotNull(vm.problemProperty().get(), "the error dialog has something to show");
        assertTrue(vm.messageProperty().get().toLowerCase(java.util.Locale.ROOT).contains("libvirt refused the new definition of web"),
                vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("unsupported configuration: no room"), vm.messageProperty().get());
        assertEquals(original, host.inactiveXml(GuestXml.uuidOf("web")), "nothing was changed");
        assertEquals(1, backups.list(host.uri(), GuestXml.uuidOf("web")).size(), "the backup was taken first");
        assertEquals(List.of(GuestXml.uuidOf("web")), changed, "the guest table reads the guest again");
        assertEquals(List.of(), applied);
        assertFalse(vm.canApply().get());

        vm.replan();
        runner.runAll();
        assertTrue(vm.canApply().get(), "after a failure the admin can plan and try again");
    }
}
