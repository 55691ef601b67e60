package org.pvdm.ui.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.batch.Outcome;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.switching.BackupStore;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.ManualTaskRunner;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostSession;

/** Several guests switched at once through the batch engine, on a fake host, the background work run step by step. */
class BatchViewModelTest {
    @TempDir
    Path tmp;

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final FakeHost host = new FakeHost();
    private final List<String> changed = new ArrayList<>();

    @Test
    void twoGuestsSwitchWithABackupEachAndTheRefusedAndTheLeftAloneAreSaid() throws Exception {
        List<GuestSummary> guests = List.of(host.add(GuestXml.emulated("web"), GuestState.SHUTOFF),
                host.add(GuestXml.emulated("db"), GuestState.SHUTOFF),
                host.add(GuestXml.emulated("mail"), GuestState.RUNNING),
                host.add(GuestXml.paravirtual("pv"), GuestState.SHUTOFF));
        BackupStore backups = new BackupStore(tmp);
        BatchService service = new BatchService(new HostSession(ConnectionEntry.of(host.uri()), host, ""), backups);
        BatchViewModel vm = new BatchViewModel(runner, service, guests, new SwitchListener() {
            @Override
            public void changed(String uuid) {
                changed.add(uuid);
            }
        });
        vm.replan();
        runner.runAll();

        assertEquals(Phase.PLANNED, vm.phaseProperty().get(), vm.messageProperty().get());
        Map<String, String> verdicts = vm.rows().stream().collect(Collectors.toMap(BatchRow::guest, BatchRow::verdict));
        assertEquals(Map.of("web", "will switch", "db", "will switch", "mail", "refused", "pv", "left alone"), verdicts);
        BatchRow mail = vm.rows().stream().filter(r -> r.guest().equals("mail")).findFirst().orElseThrow();
        assertTrue(mail.checks().startsWith("BLOCK") && mail.checks().contains("running")
                && mail.checks().contains("Shut running guests down first"), "in the dialog's words: " + mail.checks());
        BatchRow web = vm.rows().stream().filter(r -> r.guest().equals("web")).findFirst().orElseThrow();
        assertTrue(web.changes().contains("hda") && web.changes().contains("virtio"), web.changes());
        String question = vm.confirmQuestion();
        assertTrue(question.contains("2 guest(s)") && question.contains("Refused (not touched): mail")
                && question.contains("Left alone: pv"), question);

        vm.apply();
        assertEquals(Phase.APPLYING, vm.phaseProperty().get());
        runner.runAll();

        assertEquals(Phase.APPLIED, vm.phaseProperty().get(), vm.messageProperty().get());
        Map<String, Outcome> out = vm.outcomes().stream().collect(Collectors.toMap(Outcome::guest, o -> o));
        assertEquals(Outcome.Result.SWITCHED, out.get("web").result(), out.get("web").toString());
        assertEquals(Outcome.Result.SWITCHED, out.get("db").result(), out.get("db").toString());
        assertEquals(Outcome.Result.REFUSED, out.get("mail").result());
        assertEquals(Outcome.Result.SKIPPED, out.get("pv").result());
        assertFalse(out.get("web").backup().isEmpty());
        assertFalse(out.get("db").backup().isEmpty());
        assertEquals(1, backups.list(host.uri(), GuestXml.uuidOf("web")).size());
        assertEquals(1, backups.list(host.uri(), GuestXml.uuidOf("db")).size());
        assertTrue(host.inactiveXml(GuestXml.uuidOf("web")).contains("bus='virtio'"));
        assertFalse(host.inactiveXml(GuestXml.uuidOf("mail")).contains("bus='virtio'"), "the refused guest untouched");
        assertEquals(List.of(GuestXml.uuidOf("web"), GuestXml.uuidOf("db")), changed, "the switched guests are read again");
        assertTrue(vm.messageProperty().get().startsWith("Switched 2 guest(s); 1 refused, 0 failed, 1 left alone"),
                vm.messageProperty().get());
        assertTrue(vm.steps().stream().anyMatch(s -> s.startsWith("web: ")), vm.steps().toString());
    }
}
