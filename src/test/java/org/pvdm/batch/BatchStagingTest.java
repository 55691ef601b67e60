package org.pvdm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.testsupport.Needs;

/** A batch takes each guest through the single-guest path: a Windows boot disk without proof goes to stage 1. */
class BatchStagingTest {
    @TempDir
    Path tmp;

    @Test
    void aWindowsGuestInABatchGoesToStageOneBesideAGuestSwitchedInOneStep() throws Exception {
        Needs.present(Files.isExecutable(Path.of("/usr/bin/qemu-img")),
                () -> "qemu-img (apt-get install qemu-utils), which makes the temporary disk of stage 1");
        Path images = Files.createDirectory(tmp.resolve("images"));
        FakeHost host = new FakeHost("qemu:///system", false);
        host.add(GuestXml.windows(images.resolve("win.raw").toString()), GuestState.SHUTOFF);
        host.add(GuestXml.emulated("lin"), GuestState.SHUTOFF);
        BatchPlan batch = new BatchPlanner(host).plan(List.of("win", "lin"), new BatchPlanner.Options(Selection.all(),
                PowerOptions.none(), WriteAccess.allowed(), false));
        assertEquals(List.of(), batch.blocked(), "a staged Windows guest is not refused");
        assertEquals(2, batch.applicable().size());

        BackupStore backups = new BackupStore(tmp.resolve("backups"));
        List<String> said = new ArrayList<>();
        List<Outcome> outcomes = new BatchApplier(host, backups).apply(batch, PowerOptions.none(),
                (g, m) -> said.add(g + ": " + m));

        Outcome win = outcomes.stream().filter(o -> o.guest().equals("win")).findFirst().orElseThrow();
        assertEquals(Outcome.Result.SWITCHED, win.result(), win.detail());
        assertTrue(win.detail().contains("stage 1 of 2"), win.detail());
        Domain stored = Domain.parse(host.inactiveXml(host.guest("win").uuid()));
        assertEquals("ide", stored.disk("hda").orElseThrow().bus(), "the boot disk is left alone in stage 1");
        PvdmMetadata.Stage stage = new PvdmMetadata(stored).stage().orElseThrow();
        Path image = images.resolve("win-pvdm-stage.qcow2");
        assertEquals(image.toString(), stage.tempImage());
        assertTrue(Files.isRegularFile(image), "the temporary disk's image is made, as for pvdm convert win: " + said);
        assertTrue(said.contains("win: created the temporary disk's image " + image + " (qcow2, 64 MiB)"), said.toString());

        Outcome lin = outcomes.stream().filter(o -> o.guest().equals("lin")).findFirst().orElseThrow();
        assertEquals(Outcome.Result.SWITCHED, lin.result(), lin.detail());
        assertEquals(2, backups.list("qemu:///system", host.guest("win").uuid()).size()
                + backups.list("qemu:///system", host.guest("lin").uuid()).size(), "one backup each");
        assertEquals(List.of(), Journal.beside(backups).pending(), "nothing left in flight");
    }
}
