package org.pvdm.ui.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Verdict;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.trial.TrialResult;
import org.pvdm.ui.common.ManualTaskRunner;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.watch.WatchResult;

/** "Try on a clone first" in the plan dialog's view model, with the trial engine injected. */
class TrialViewModelTest {
    @TempDir
    Path tmp;

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final FakeHost host = new FakeHost();
    private final List<String> changed = new ArrayList<>();
    private final List<List<String>> asked = new ArrayList<>();

    private SwitchViewModel open(GuestState state, Trials trials) {
        GuestSummary guest = host.add(GuestXml.emulated("web"), state);
        SwitchService service = new SwitchService(new HostSession(ConnectionEntry.of(host.uri()), host, ""),
                new BackupStore(tmp));
        SwitchViewModel vm = new SwitchViewModel(runner, service, guest, List.of("hda"), new SwitchListener() {
            @Override
            public void changed(String uuid) {
                changed.add(uuid);
            }
        });
        vm.trial().setTrials(trials);
        vm.replan();
        runner.runAll();
        return vm;
    }

    /** Like the engine: says its steps and keeps a failed disk trial in the guest's metadata. */
    private Trials failingTrial() {
        return (uuid, devices, progress) -> {
            asked.add(devices);
            progress.accept("started the transient clone pvdm-try-web");
            Domain d = Domain.parse(host.inactiveXml(uuid));
            new PvdmMetadata(d).recordTrial(new PvdmMetadata.Trial(PvKind.DISK, false, Instant.parse(
                    "2026-11-30T06:00:00Z"), "no I/O on vda"));
            host.edit(uuid, d.toXml());
            return new TrialResult("web", "pvdm-try-web", new WatchResult(false, 40, "no I/O on vda", List.of()),
                    List.of("VFS: Unable to mount root fs"), Optional.empty(), List.of(), "the result is kept in"
                    + " web's metadata (pvdm's element only; backup taken)");
        };
    }

    @Test
    void aFailedTrialIsSaidWithWhatTheWatchSawAndCountsInTheNewPlan() {
        SwitchViewModel vm = open(GuestState.SHUTOFF, failingTrial());
        assertEquals("", vm.trial().reasonProperty().get());
        assertTrue(vm.trial().canTry().get());
        assertTrue(vm.planProperty().get().checks().stream().noneMatch(c -> c.message().contains("trial")));

        vm.trial().tryOnClone();
        assertEquals(Phase.TRYING, vm.phaseProperty().get());
        assertFalse(vm.canApply().get(), "no apply while the clone runs");
        assertFalse(vm.trial().canTry().get(), "one trial at a time");
        runner.runAll();

        assertEquals(List.of(List.of("hda")), asked, "the planned selection is tried");
        String outcome = vm.trial().outcomeProperty().get();
        assertTrue(outcome.startsWith("Trial FAILED") && outcome.contains("no I/O on vda")
                && outcome.contains("metadata"), outcome);
        assertTrue(vm.steps().contains("started the transient clone pvdm-try-web"), vm.steps().toString());
        assertTrue(vm.steps().contains("  | VFS: Unable to mount root fs"), vm.steps().toString());
        assertEquals(List.of(GuestXml.uuidOf("web")), changed, "the guest is read again");
        assertEquals(Phase.PLANNED, vm.phaseProperty().get(), vm.messageProperty().get());
        assertTrue(vm.planProperty().get().checks().stream().anyMatch(c -> c.verdict() == Verdict.WARN
                && c.message().contains("trial on a clone failed")), "planned again with the trial as evidence: "
                + vm.planProperty().get().checks());
        assertTrue(vm.canApply().get(), "the admin may still apply");
    }

    @Test
    void aRunningGuestCannotBeTriedAndSaysWhy() {
        SwitchViewModel vm = open(GuestState.RUNNING, failingTrial());
        assertFalse(vm.trial().canTry().get());
        assertTrue(vm.trial().reasonProperty().get().contains("running") && vm.trial().reasonProperty().get()
                .contains("Shut it down first"), vm.trial().reasonProperty().get());
        vm.trial().tryOnClone();
        assertTrue(asked.isEmpty(), "nothing ran");
    }

    @Test
    void aHostThatCannotBootGuestsSaysWhyTheButtonIsOff() {
        SwitchViewModel vm = open(GuestState.SHUTOFF, new Trials() {
            @Override
            public TrialResult run(String uuid, List<String> devices, java.util.function.Consumer<String> p) {
                throw new AssertionError("must not run");
            }

            @Override
            public String unavailable() {
                return "Not on demo host: libvirt's test driver boots no real guest";
            }
        });
        assertFalse(vm.trial().canTry().get());
        assertTrue(vm.trial().reasonProperty().get().contains("test driver"));
    }
}
