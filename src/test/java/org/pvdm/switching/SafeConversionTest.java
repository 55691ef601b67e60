package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Refusal;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;

/** A blocked change is held back with everything that goes with it; the rest is converted and nothing is silent. */
class SafeConversionTest {
    private static final String WINDOWS_ON_LSILOGIC = """
            <domain type='kvm'>
              <name>w</name>
              <metadata>
                <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
                  <libosinfo:os id="http://microsoft.com/win/2k19"/>
                </libosinfo:libosinfo>
              </metadata>
              <os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type><boot dev='hd'/></os>
              <devices>
                <disk type='file' device='disk'><source file='/srv/boot.img'/><target dev='sda' bus='scsi'/></disk>
                <disk type='file' device='disk'><source file='/srv/data.img'/><target dev='sdb' bus='scsi'/></disk>
                <disk type='file' device='disk'><source file='/srv/more.img'/><target dev='sdc' bus='sata'/></disk>
              </devices>
            </domain>
            """;

    @Test
    void aBlockedBootDiskOnAnEmulatedHbaKeepsTheHbaAndSaysSoForEveryDiskOnIt() throws Exception {
        SafeConversion s = SafeConversion.of(Domain.parse(WINDOWS_ON_LSILOGIC), Selection.all(), new Readiness.Evidence(false));
        assertEquals("", s.refusal());
        assertTrue(s.blocked());
        assertEquals(List.of("sdc"), s.conversion().changes().stream().map(Change::device).toList(),
                "only the SATA data disk moves");
        Map<String, String> refused = s.conversion().refused().stream()
                .collect(Collectors.toMap(Refusal::device, Refusal::reason));
        assertTrue(refused.get("sda").contains("boot-driver") && refused.get("sda").contains("0x7B"), refused.toString());
        assertTrue(refused.get("scsi:0").contains("sda"), refused.toString());
        assertTrue(refused.get("sdb").contains("scsi:0"), "the other disk on the held HBA says why: " + refused);
        assertTrue(s.checks().stream().anyMatch(c -> c.id().equals("boot-driver") && c.verdict() == Verdict.BLOCK));
        String xml = s.conversion().result().toXml();
        assertTrue(!xml.contains("virtio-scsi") && xml.contains("dev='sda' bus='scsi'"), xml);
    }

    @Test
    void theAdminsWordSwitchesEverything() throws Exception {
        SafeConversion s = SafeConversion.of(Domain.parse(WINDOWS_ON_LSILOGIC), Selection.all(), new Readiness.Evidence(true));
        assertTrue(!s.blocked(), s.checks().toString());
        assertEquals(List.of("scsi:0", "sda", "sdb", "sdc"),
                s.conversion().changes().stream().map(Change::device).sorted().toList());
    }

    @Test
    void planStillBlocksTheWholePlanWithTheSameCheck() throws Exception {
        Domain d = Domain.parse(WINDOWS_ON_LSILOGIC);
        List<Check> checks = Readiness.run(org.pvdm.model.convert.Converter.convert(d, Selection.all()), Selection.all(),
                new Readiness.Evidence(false));
        assertTrue(checks.stream().anyMatch(c -> c.id().equals("boot-driver") && c.verdict() == Verdict.BLOCK
                && c.devices().equals(List.of("sda"))), checks.toString());
    }
}
