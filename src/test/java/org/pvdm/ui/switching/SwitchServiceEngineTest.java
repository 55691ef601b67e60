package org.pvdm.ui.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.PowerOptions;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostSession;

/** The GUI applies through the engine's one path: the checkbox's word is kept as --drivers-installed's is. */
class SwitchServiceEngineTest {
    @TempDir
    Path tmp;

    @Test
    void theDriversCheckboxIsKeptInTheGuestsMetadataOnlyForThePlanMadeWithIt() throws Exception {
        FakeHost host = new FakeHost();
        GuestSummary a = host.add(GuestXml.emulated("a"), GuestState.SHUTOFF);
        GuestSummary b = host.add(GuestXml.emulated("b"), GuestState.SHUTOFF);
        BackupStore backups = new BackupStore(tmp.resolve("backups"));
        SwitchService service = new SwitchService(new HostSession(ConnectionEntry.of(host.uri()), host, ""), backups);
        List<String> said = new ArrayList<>();

        service.apply(service.plan(a.uuid(), List.of(), PowerOptions.none(), true), PowerOptions.none(), said::add);
        service.applyWatched(service.plan(b.uuid(), List.of(), PowerOptions.none(), false), PowerOptions.none(), true,
                said::add);

        assertTrue(new PvdmMetadata(Domain.parse(host.inactiveXml(a.uuid()))).confirmed(PvKind.DISK).isPresent(),
                said.toString());
        assertFalse(new PvdmMetadata(Domain.parse(host.inactiveXml(b.uuid()))).confirmed(PvKind.DISK).isPresent());
        assertTrue(said.stream().anyMatch(m -> m.contains("is kept in a's metadata")), said.toString());
        assertEquals(List.of(), Journal.beside(backups).pending(), "journaled and closed");
    }
}
